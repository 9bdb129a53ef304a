using System.Globalization;
using RiskEngine;

namespace RiskWorker.Demo;

/// <summary>
/// An illustrative data set derived from the catalogue so a newcomer's first run rates real risks. Values are made up
/// from each indicator's targets with fixed profiles (on track, slightly behind, far behind, worsening); they are
/// never the institution's figures: the database is flagged illustrative, and every output says so in the reader's language.
/// </summary>
internal sealed class DemoDataSet(IRiskRegister register)
{
    /// <summary>
    /// Two faculties and an institute, named from the words (<c>demo.faculty</c>, <c>demo.institute</c>) in the
    /// register's default language — scopes have one name — and labelled illustrative there.
    /// </summary>
    public IReadOnlyList<ScopeInfo> Faculties { get; } = DemoScopes(register);

    private static readonly double[] Profiles = [1.1, 1.04, 1.0, 0.85];
    private static readonly int[] Years = [2023, 2024, 2025];

    /// <summary>
    /// Stores the data set: the faculties, the observations (replacing the demo's own), the actions dated from
    /// <paramref name="today"/>, and the flag that labels everything made from this database illustrative.
    /// </summary>
    /// <returns>How many observations and actions were written.</returns>
    public async Task<(int Observations, int Actions)> StoreAsync(IScopeStore scopes, IObservationStore observations, IMitigationActionStore actions, DateOnly today, CancellationToken cancellationToken)
    {
        await scopes.UpsertAsync(Faculties, cancellationToken).ConfigureAwait(false);
        var written = await observations.AddAsync(Observations(), replace: true, cancellationToken).ConfigureAwait(false);
        var dated = Actions(today);
        await actions.ReplaceAllAsync(dated, cancellationToken).ConfigureAwait(false);
        await observations.SetIllustrativeAsync(true, cancellationToken).ConfigureAwait(false);
        return (written.Inserted + written.Replaced, dated.Count);
    }

    private static List<ScopeInfo> DemoScopes(IRiskRegister register)
    {
        var words = register.Words.For(register.Identity.DefaultLanguage);
        return
        [
            new("F1", words.Format("demo.faculty", ("n", 1))),
            new("F2", words.Format("demo.faculty", ("n", 2))),
            new("I1", words.Format("demo.institute", ("n", 1)), "institute"),
        ];
    }

    public IReadOnlyList<Observation> Observations()
    {
        var list = new List<Observation>();
        for (var k = 0; k < register.Indicators.Count; k++)
        {
            var indicator = register.Indicators[k];
            if (k % 11 == 10) continue; // left missing on purpose: the engine must flag it
            var profile = Profiles[k % Profiles.Length];
            var worsening = k % Profiles.Length == 3;
            var years = k % 7 == 5 ? Years[..^1] : Years; // one year short: stale
            foreach (var period in Periods(indicator, years))
            {
                var drift = worsening ? 1 - 0.08 * (period.Year - 2023) : 1;
                list.Add(Value(indicator, period.Text, period.Year, profile * drift, Scopes.University));
                if (k < 10)
                {
                    for (var f = 0; f < Faculties.Count; f++)
                    {
                        list.Add(Value(indicator, period.Text, period.Year, profile * drift * (f == 1 ? 0.7 : 1.02), Faculties[f].Code));
                    }
                }
            }
        }

        return list;
    }

    /// <summary>
    /// Actions dated from <paramref name="today"/> so the demo never ages: every other risk's first action is in
    /// progress and three weeks overdue (the rest done), and its second is planned, every third one due within a week.
    /// </summary>
    public IReadOnlyList<MitigationAction> Actions(DateOnly today)
    {
        var list = new List<MitigationAction>();
        for (var i = 0; i < register.Risks.Count; i++)
        {
            var risk = register.Risks[i];
            var owner = risk.Owners.FirstOrDefault() ?? register.Identity.FallbackOffice;
            if (risk.Actions.Count > 0)
            {
                list.Add(i % 2 == 0
                    ? new MitigationAction(risk.Code, risk.Actions[0].Get(register.Identity.DefaultLanguage), owner, today.AddDays(-40), "done", today.AddDays(-45))
                    : new MitigationAction(risk.Code, risk.Actions[0].Get(register.Identity.DefaultLanguage), owner, today.AddDays(-21), "in-progress"));
            }

            if (risk.Actions.Count > 1)
            {
                list.Add(new MitigationAction(risk.Code, risk.Actions[1].Get(register.Identity.DefaultLanguage), owner, today.AddDays(i % 3 == 0 ? 7 : 60 + 30 * (i % 4)), "planned"));
            }
        }

        return list;
    }

    private static IEnumerable<(string Text, int Year)> Periods(Indicator indicator, int[] years) => indicator.Frequency switch
    {
        ReportingFrequency.Annual => years.Select(y => (y.ToString(CultureInfo.InvariantCulture), y)),
        var f => years.Append(2026).SelectMany(y => MonthEnds(f).Select(m => (new DateOnly(y, m, DateTime.DaysInMonth(y, m)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), y)))
            .Where(p => string.CompareOrdinal(p.Item1, "2026-10-31") <= 0),
    };

    private static int[] MonthEnds(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Semester => [6, 12],
        ReportingFrequency.Quarterly => [3, 6, 9, 12],
        _ => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    };

    private Observation Value(Indicator indicator, string period, int year, double performance, string scope)
    {
        var target = TargetFor(indicator, year);
        var raw = indicator.Direction == IndicatorDirection.Higher ? target * performance : target / Math.Max(performance, 0.05);
        if (indicator.Direction == IndicatorDirection.Lower && target == 0) raw = (1 - performance) * 10;
        // Within the unit's range, at its declared decimals (units.json): a count is whole, a percentage 0–100.
        var unit = indicator.Measure;
        var value = Math.Round(Math.Clamp(raw, unit.Min ?? double.MinValue, unit.Max ?? double.MaxValue), unit.Decimals);
        return new Observation(indicator.Code, period, value, scope);
    }

    private static double TargetFor(Indicator indicator, int year)
    {
        var known = indicator.Targets.OrderBy(t => Math.Abs(t.Key - year)).First();
        return known.Value;
    }
}
