using System.Globalization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Notifications.Templates;

/// <summary>English words of the mails.</summary>
internal static class MailWordsEn
{
    public static readonly MailWords Value = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        DigestTitle = "Weekly risk digest",
        Greeting = name => $"Hello, {name}.",
        DigestIntro = (asOf, reference) => $"Your risks as rated on {asOf}, with movement since {reference}.",
        DigestIntroNoReference = asOf => $"Your risks as rated on {asOf}. There is no earlier rating to compare with yet.",
        YourRisks = "Your risks",
        Risk = "Risk",
        Level = "Level",
        Score = "Score (L×I)",
        MovementSince = since => since is null ? "Movement" : $"Since {since}",
        Appetite = "Appetite",
        Why = "Why",
        NoRuleFired = "No rule fired: the register's default rating applies.",
        AboveAppetite = a => $"above appetite ({a})",
        WithinAppetite = a => $"within appetite ({a})",
        StaleData = "rated on stale or missing data",
        LevelName = l => Labels.Level(l, "en"),
        MovementText = (m, before) => m switch
        {
            Movement.Up => $"↑ rising (was {before})",
            Movement.Down => $"↓ falling (was {before})",
            Movement.Same => "→ unchanged",
            _ => "new",
        },
        DecisionName = d => Labels.Decision(d, "en"),
        LastDecision = (body, date, decision, note) => $"Latest decision: {body}, {date} — {decision}" + (note is null ? "" : $": {note}"),
        IndicatorsToUpdate = "Indicators to update",
        Indicator = "Indicator",
        LastValue = "Last value",
        NoValueYet = "no value yet",
        Note = "Note",
        ActionsDueSoon = days => $"Actions due within {days} days",
        OverdueActions = "Overdue actions",
        Action = "Action",
        Due = "Due",
        DaysOverdue = d => d == 1 ? "1 day overdue" : $"{d} days overdue",
        StatusName = s => s switch { "in-progress" => "in progress", "done" => "done", _ => "planned" },
        WhyThisCameToYou = "Why this mail came to you",
        RoleHeldByNobody = (role, office, items) => $"Nobody holds the role “{role}”, so its mail comes to the fallback office, “{office}”: {items}.",
        NoOwnerInRegister = (risk, office) => $"The register names no owner for risk {risk}, so its mail comes to the fallback office, “{office}”.",
        SubjectCritical = n => $"{n} critical",
        SubjectHigh = n => $"{n} high",
        SubjectRising = n => $"{n} rising",
        SubjectIndicators = n => n == 1 ? "1 indicator to update" : $"{n} indicators to update",
        SubjectOverdue = n => n == 1 ? "1 action overdue" : $"{n} actions overdue",
        SubjectDueSoon = n => n == 1 ? "1 action due soon" : $"{n} actions due soon",
        SubjectNothingNew = "nothing needs your attention",
        IllustrativeTag = "[ILLUSTRATIVE]",
        AlertTitle = "Risk alert",
        AlertSubject = (code, change) => $"Risk alert {code}: {change}",
        StillAboveAppetite = level => $"{level}, above appetite",
        LevelRose = (from, to) => $"The level rose from {from} to {to}.",
        BecameAboveAppetite = a => $"The score is now above its category's appetite ({a}).",
        BecameCritical = "The risk is now critical.",
        Rule = "Rule",
        Scope = "Scope",
        Value = "Value",
        Target = "Target",
        Gap = "Gap",
        University = "university",
        Sets = "Sets",
        SetsRating = (side, level) => side == RatingSide.Likelihood ? $"L = {level}" : $"I = {level}",
        AlsoChecked = "Also checked",
        RaisedBy = (code, title) => Labels.RaisedBy(code, title, "en"),
        Footer = (institution, office) => $"Sent by RiskEngine, the risk register of {institution}. Update indicator values and action statuses with “{office}”.",
    };
}
