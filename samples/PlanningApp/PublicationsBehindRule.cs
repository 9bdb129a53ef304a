using NRules.Fluent.Dsl;
using RiskEngine;

namespace PlanningApp;

/// <summary>
/// The planning office's own rule, beside the register's: publications indexed in Scopus and Web of Science at least
/// ten behind the target in force make staff qualification (risk 3.2) more likely to be a problem.
/// </summary>
[Name(Id)]
public sealed class PublicationsBehindRule : Rule
{
    // A rule's explanation in each language the register offers; a language it lacks reads the first.
    private static readonly LocalizedText Text = LocalizedText.Of(
        ("ky", "{scope}: Scopus жана Web of Science басылмалары — {value}, пландагы {target} санынан 10 же андан көп аз (пландоо бөлүмүнүн эрежеси)."),
        ("ru", "{scope}: публикаций в Scopus и Web of Science — {value}, на 10 и более меньше плана ({target}) (правило планового отдела)."),
        ("en", "{scope}: {value} publications in Scopus and Web of Science, 10 or more behind the planned {target} (the planning office's rule)."));

    /// <summary>The rule's id, shown with its reason; an app's ids start with <c>app.</c>.</summary>
    public const string Id = "app.planning.publications-behind";

    public override void Define()
    {
        IndicatorFact ind = null!;
        RiskContext ctx = null!;

        When()
            .Match(() => ind, i => i.Code == "RES_PUBLICATIONS", i => i.HasValue && i.HasTarget && i.Shortfall >= 10)
            .Match(() => ctx, c => c.Risk == "3.2", c => c.Scope == ind.Scope);

        Then()
            .Yield(_ => new RatingSignal(Id, ctx, RatingSide.Likelihood, 4, Text)
            {
                Indicator = ind,
            });
    }
}
