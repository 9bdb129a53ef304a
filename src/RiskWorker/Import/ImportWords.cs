namespace RiskWorker.Import;

/// <summary>The fixed words an import accepts in English, Russian and Kyrgyz for action statuses and scope kinds.</summary>
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

    public static string? Status(string text) => Statuses.GetValueOrDefault(ImportColumn.Normalize(text));

    public static string? Kind(string text) => Kinds.GetValueOrDefault(ImportColumn.Normalize(text));

    private static Dictionary<string, string> Words(params (string Canonical, string[] Words)[] groups) =>
        groups.SelectMany(g => g.Words.Select(w => (Word: ImportColumn.Normalize(w), g.Canonical))).ToDictionary(x => x.Word, x => x.Canonical);
}
