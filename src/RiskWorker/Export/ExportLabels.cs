using RiskEngine;
using RiskWorker.Import;
using RiskWorker.Output;

namespace RiskWorker.Export;

/// <summary>Column headers and fixed words of the assessment export in Kyrgyz, Russian and English.</summary>
internal static class ExportLabels
{
    // key → (ky, ru, en)
    private static readonly (string Key, string Ky, string Ru, string En)[] Headers =
    [
        ("risk", "Тобокелдик", "Риск", "Risk"),
        ("category", "Категория", "Категория", "Category"),
        ("title", "Аталышы", "Название", "Title"),
        ("likelihood", "Ыктымалдуулук", "Вероятность", "Likelihood"),
        ("impact", "Таасири", "Влияние", "Impact"),
        ("score", "Балл", "Балл", "Score"),
        ("level", "Деңгээл", "Уровень", "Level"),
        ("appetite", "Кабыл алынуучу чек", "Риск-аппетит", "Appetite"),
        ("above", "Чектен жогору", "Выше аппетита", "Above appetite"),
        ("movement", "Өзгөрүү", "Динамика", "Movement"),
        ("stale", "Эскирген маалымат", "Устаревшие данные", "Stale data"),
        ("worst-scope", "Эң начар бөлүм", "Худшее подразделение", "Worst scope"),
        ("owners", "Жооптуулар", "Ответственные", "Owners"),
        ("rule", "Эреже", "Правило", "Rule"),
        ("indicator", "Көрсөткүч", "Показатель", "Indicator"),
        ("scope", "Бөлүм", "Подразделение", "Scope"),
        ("value", "Маани", "Значение", "Value"),
        ("target", "Максат", "Цель", "Target"),
        ("gap", "Айырма", "Отклонение", "Gap"),
        // The register risk whose rating raised this one (a link between risks); empty for every other reason.
        ("driver", "Көтөргөн тобокелдик", "Повышен из-за риска", "Raised by risk"),
        ("reason", "Себеп", "Обоснование", "Reason"),
        ("decision-body", "Чечим кабыл алган орган", "Орган, принявший решение", "Decided by"),
        ("decision-date", "Чечимдин күнү", "Дата решения", "Decision date"),
        ("decision", "Акыркы чечим", "Последнее решение", "Latest decision"),
        ("decision-note", "Чечим боюнча эскертүү", "Примечание к решению", "Decision note"),
    ];

    /// <summary>The export's columns as an import reads them back, in any of the three languages.</summary>
    public static IReadOnlyList<ImportColumn> Columns { get; } = Headers.Select(h => new ImportColumn(h.Key, h.Key is "risk" or "score", h.Ky, h.Ru, h.En)).ToList();

    public static IReadOnlyList<string> HeaderRow(string language) => Headers.Select(h => Labels.Pick(language, h.Ky, h.Ru, h.En)).ToList();

    public static string Source(bool stored, string language) => stored
        ? Labels.Pick(language, "сакталган баалоо", "сохранённая оценка", "stored evaluation")
        : Labels.Pick(language, "азыр бааланды", "оценено сейчас", "evaluated now");

}
