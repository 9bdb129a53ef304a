using RiskWorker.Owners;

namespace RiskWorker.Demo;

/// <summary>
/// Illustrative owners for the demo: made-up people at example.org (a domain reserved for examples, so nothing
/// reaches a real inbox), most in Kyrgyz, one each in Russian and English. The trade union, the Academic Council and
/// SADYK are left unheld on purpose, so the demo shows their mail going to the strategic-planning office, which is
/// also the fallback address of the shipped appsettings.json.
/// </summary>
internal static class DemoOwners
{
    public const string FallbackEmail = "strategic-planning@example.org";

    public static IReadOnlyList<Owner> All { get; } =
    [
        Person("Айбек Осмонов", "vice-rector.academic@example.org", "ky", "vice-rector-academic"),
        Person("Гүлнара Токтосунова", "dean.fit@example.org", "ky", "deans"),
        Person("Нурлан Абдыкеримов", "dean.feng@example.org", "ru", "deans"),
        Person("Жылдыз Маматова", "quality@example.org", "ky", "quality-licensing-office"),
        Person("Бакыт Сыдыков", "admissions@example.org", "ky", "admissions-commission", "institute-directors"),
        Person("Елена Петрова", "finance@example.org", "ru", "financial-planning-office"),
        Person("Мирлан Жумабаев", "rectorate@example.org", "ky", "rectorate"),
        Person("Асель Бекова", "hr@example.org", "ky", "hr-office"),
        Person("Daniyar Kadyrov", "science@example.org", "en", "science-innovation-office", "international-office"),
        Person("Канат Усенов", "facilities@example.org", "ky", "admin-economic-office"),
        Person("Айгерим Ниязова", "legal@example.org", "ky", "legal-office"),
        Person("Чынара Алиева", FallbackEmail, "ky", "strategic-planning-office"),
    ];

    private static Owner Person(string name, string email, string language, params string[] roles) =>
        new($"{name} (illustrative)", email, language, roles, Illustrative: true);
}
