using RiskEngine;

namespace RiskWorker.Output;

/// <summary>Fixed words of the command-line output in the three languages.</summary>
internal static class Labels
{
    /// <summary>The demo banner, naming the institution the register (<c>register.json</c>) says it belongs to.</summary>
    public static string Illustrative(string language, IRiskRegister register) =>
        register.Words.For(language).Format("demo.illustrative", ("institution", register.Identity.InstitutionShort.Get(language)));

    public static string AsOf(string language) => language switch
    {
        "ru" => "По состоянию на",
        "en" => "As of",
        _ => "Абалы боюнча:",
    };

    /// <summary>Shown for a register cell the source leaves empty (no owners, no timeframe), never filled with a guess.</summary>
    public static string NotStated(string language) => language switch
    {
        "ru" => "не указано",
        "en" => "not stated",
        _ => "көрсөтүлгөн эмес",
    };

    /// <summary>Precedes the rule-set version, as in "As of 2026-11-23 · rules 3f2a…".</summary>
    public static string Rules(string language) => Pick(language, "эрежелер", "правила", "rules");

    /// <summary>The column headers of the <c>evaluate</c> table.</summary>
    public static IReadOnlyList<string> TableHeader(string language) => language switch
    {
        "ru" => ["код", "вер.", "влиян.", "балл", "уровень", "аппетит", "динамика", "устарело", "худшее подразд.", "название"],
        "en" => ["code", "L", "I", "score", "level", "appetite", "move", "stale", "worst scope", "title"],
        _ => ["код", "ыкт.", "таас.", "балл", "деңгээл", "чек", "өзгөрүү", "эскирген", "эң начар бөлүм", "аталышы"],
    };

    public static string Appetite(bool above, string language) =>
        above ? Pick(language, "ЖОГОРУ", "ВЫШЕ", "ABOVE") : Pick(language, "чегинде", "в норме", "ok");

    /// <summary>Heads the line naming the indicators a risk was rated without fresh data for.</summary>
    public static string StaleOrMissing(string language) => Pick(language, "эскирген же жок маалымат", "устаревшие или отсутствующие данные", "stale or missing");

    /// <summary>The footnote of <c>indicators list</c> for a target the source does not quantify.</summary>
    public static string OfficeTarget(string language) => Pick(language,
        "* максатты стратегиялык пландоо бөлүмү коёт (булакта ал сан менен берилген эмес)",
        "* цель задаёт отдел стратегического планирования (в источнике она не задана числом)",
        "* target set by the strategic-planning office (the source does not quantify it)");

    public static string WholeUniversity(string language) => Pick(language, "(бүт университет)", "(весь университет)", "(the whole university)");

    public static string Level(RiskLevel level, string language) => level switch
    {
        RiskLevel.Low => Pick(language, "төмөн", "низкий", "low"),
        RiskLevel.Medium => Pick(language, "орточо", "средний", "medium"),
        RiskLevel.High => Pick(language, "жогорку", "высокий", "high"),
        _ => Pick(language, "критикалык", "критический", "critical"),
    };

    public static string Movement(Movement movement, string language) => movement switch
    {
        RiskEngine.Movement.Up => Pick(language, "өстү", "вырос", "up"),
        RiskEngine.Movement.Down => Pick(language, "төмөндөдү", "снизился", "down"),
        RiskEngine.Movement.Same => Pick(language, "өзгөргөн жок", "без изменений", "same"),
        _ => Pick(language, "жаңы", "новый", "new"),
    };

    /// <summary>A review body's decision on a risk, in the pack, the mails, the export and the command line.</summary>
    public static string Decision(DecisionKind decision, string language) => decision switch
    {
        DecisionKind.Accept => Pick(language, "кабыл алынды", "принят", "accept"),
        DecisionKind.Treat => Pick(language, "чара көрүлөт", "меры по снижению", "treat"),
        DecisionKind.Escalate => Pick(language, "жогорку органга өткөрүлдү", "передан выше", "escalate"),
        _ => Pick(language, "жабылды", "закрыт", "close"),
    };

    /// <summary>Marks a reason that comes from a link between risks, naming the risk whose rating raised this one.</summary>
    public static string RaisedBy(string code, string title, string language) => Pick(language,
        $"{code} «{title}» тобокелдигинен улам көтөрүлдү", $"повышен из-за риска {code} «{title}»", $"raised by risk {code} “{title}”");

    public static string YesNo(bool yes, string language) => yes ? Pick(language, "ооба", "да", "yes") : Pick(language, "жок", "нет", "no");

    // The register's own fallback rule (Kyrgyz for anything else) applies to the fixed words too.
    internal static string Pick(string language, string ky, string ru, string en) => LocalizedText.Of(("ky", ky), ("ru", ru), ("en", en)).Get(language);
}
