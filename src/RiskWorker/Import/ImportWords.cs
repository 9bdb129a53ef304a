namespace RiskWorker.Import;

/// <summary>The fixed words an import accepts in English, Russian and Kyrgyz for action statuses, decisions and scope kinds.</summary>
internal static class ImportWords
{
    private static readonly Dictionary<string, string> Statuses = Words(
        ("planned", ["planned", "запланировано", "запланирован", "планируется", "план", "пландалган", "пландаштырылган"]),
        ("in-progress", ["in progress", "in-progress", "выполняется", "в работе", "в процессе", "аткарылууда", "иштелүүдө"]),
        ("done", ["done", "completed", "выполнено", "выполнен", "сделано", "аткарылды", "аткарылган", "бүттү"]));

    private static readonly Dictionary<string, string> Kinds = Words(
        ("faculty", ["faculty", "факультет"]),
        ("institute", ["institute", "институт"]),
        ("college", ["college", "колледж"]),
        ("other", ["other", "другое", "прочее", "башка"]));

    private static readonly Dictionary<string, string> Decisions = Words(
        ("accept", ["accept", "accepted", "принять", "принят", "принять риск", "кабыл алуу", "кабыл алынды", "кабыл алынсын"]),
        ("treat", ["treat", "treatment", "снижать", "снизить", "меры", "принять меры", "азайтуу", "чара көрүү", "чара көрүлсүн"]),
        ("escalate", ["escalate", "escalated", "эскалировать", "передать выше", "передан выше", "жогорку органга өткөрүү", "өткөрүү"]),
        ("close", ["close", "closed", "закрыть", "закрыт", "жабуу", "жабылды"]));

    public static string? Status(string text) => Statuses.GetValueOrDefault(ImportColumn.Normalize(text));

    public static RiskEngine.DecisionKind? Decision(string text) =>
        Decisions.GetValueOrDefault(ImportColumn.Normalize(text)) is { } word ? Enum.Parse<RiskEngine.DecisionKind>(word, ignoreCase: true) : null;

    /// <summary>What an error message lists as accepted decisions.</summary>
    public const string DecisionsAccepted = "accept, treat, escalate or close (принять, снижать, эскалировать, закрыть; кабыл алуу, азайтуу, жогорку органга өткөрүү, жабуу)";

    public static string? Kind(string text) => Kinds.GetValueOrDefault(ImportColumn.Normalize(text));

    private static Dictionary<string, string> Words(params (string Canonical, string[] Words)[] groups) =>
        groups.SelectMany(g => g.Words.Select(w => (Word: ImportColumn.Normalize(w), g.Canonical))).ToDictionary(x => x.Word, x => x.Canonical);
}
