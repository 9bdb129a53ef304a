namespace RiskWorker.Import;

/// <summary>The header words each import accepts, in English, Russian and Kyrgyz.</summary>
internal static class ImportColumns
{
    public static readonly IReadOnlyList<ImportColumn> Indicators =
    [
        new("indicator", true, "indicator code", "code", "показатель", "код показателя", "индикатор", "көрсөткүч", "көрсөткүчтүн коду"),
        new("period", true, "year", "date", "период", "год", "дата", "мезгил", "жыл", "күнү"),
        new("value", true, "значение", "величина", "маани", "мааниси"),
        new("scope", false, "unit", "faculty", "подразделение", "факультет", "бөлүм", "бөлүмчө", "түзүм"),
        new("note", false, "comment", "примечание", "комментарий", "эскертүү", "түшүндүрмө"),
    ];

    public static readonly IReadOnlyList<ImportColumn> Actions =
    [
        new("risk", true, "risk code", "риск", "код риска", "тобокелдик", "тобокелдиктин коду"),
        new("action", true, "text", "мероприятие", "действие", "меры", "иш-чара", "аракет"),
        new("owner", true, "role", "responsible", "ответственный", "роль", "жооптуу"),
        new("due", true, "due date", "deadline", "срок", "мөөнөт", "мөөнөтү"),
        new("status", true, "статус", "состояние", "абалы"),
        new("done", false, "done on", "done date", "дата выполнения", "выполнено", "аткарылган күнү"),
    ];

    public static readonly IReadOnlyList<ImportColumn> Scopes =
    [
        new("code", true, "код"),
        new("name", true, "название", "наименование", "аталышы", "аты"),
        new("kind", false, "type", "тип", "вид", "түрү"),
    ];

    public static readonly IReadOnlyList<ImportColumn> Decisions =
    [
        new("risk", true, "risk code", "риск", "код риска", "тобокелдик", "тобокелдиктин коду"),
        new("decision", true, "решение", "чечим"),
        new("note", false, "comment", "примечание", "комментарий", "эскертүү", "түшүндүрмө"),
        new("action", false, "text", "мероприятие", "мера", "действие", "иш-чара", "чара"),
        new("owner", false, "owner office", "office", "responsible", "ответственный", "ответственное подразделение", "жооптуу", "жооптуу бөлүм"),
        new("due", false, "due date", "deadline", "срок", "мөөнөт", "мөөнөтү"),
    ];
}
