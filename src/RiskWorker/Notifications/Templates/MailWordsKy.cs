using System.Globalization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Notifications.Templates;

/// <summary>Kyrgyz words of the mails (the default language).</summary>
internal static class MailWordsKy
{
    public static readonly MailWords Value = new()
    {
        Culture = CultureInfo.GetCultureInfo("ky-KG"),
        DigestTitle = "Тобокелдиктер боюнча апталык маалымат",
        Greeting = name => $"Саламатсызбы, {name}.",
        DigestIntro = (asOf, reference) => $"{asOf} абалы боюнча сиздин тобокелдиктериңиз, өзгөрүүсү {reference} менен салыштырылды.",
        DigestIntroNoReference = asOf => $"{asOf} абалы боюнча сиздин тобокелдиктериңиз. Салыштыра турган мурунку баалоо азырынча жок.",
        YourRisks = "Сиздин тобокелдиктериңиз",
        Risk = "Тобокелдик",
        Level = "Деңгээли",
        Score = "Балл (Ы×Т)",
        MovementSince = since => since is null ? "Өзгөрүү" : $"{since} менен салыштырганда",
        Appetite = "Кабыл алынуучу деңгээл",
        Why = "Себеби",
        NoRuleFired = "Бир да эреже иштеген жок: реестрдеги демейки баа колдонулат.",
        AboveAppetite = a => $"кабыл алынуучу деңгээлден жогору ({a})",
        WithinAppetite = a => $"кабыл алынуучу деңгээлдин чегинде ({a})",
        StaleData = "эскирген же жок маалыматтар боюнча бааланды",
        LevelName = l => Labels.Level(l, "ky"),
        MovementText = (m, before) => m switch
        {
            Movement.Up => $"↑ өсүүдө (мурда {before})",
            Movement.Down => $"↓ төмөндөөдө (мурда {before})",
            Movement.Same => "→ өзгөргөн жок",
            _ => "жаңы",
        },
        DecisionName = d => Labels.Decision(d, "ky"),
        LastDecision = (body, date, decision, note) => $"Акыркы чечим: {body}, {date} — {decision}" + (note is null ? "" : $": {note}"),
        IndicatorsToUpdate = "Жаңыртыла турган көрсөткүчтөр",
        Indicator = "Көрсөткүч",
        LastValue = "Акыркы маани",
        NoValueYet = "маани азырынча жок",
        Note = "Эскертүү",
        ActionsDueSoon = days => $"Мөөнөтү жакынкы {days} күндө бүтө турган иш-чаралар",
        OverdueActions = "Мөөнөтү өтүп кеткен иш-чаралар",
        Action = "Иш-чара",
        Due = "Мөөнөтү",
        DaysOverdue = d => $"{d} күн кечиктирилди",
        StatusName = s => s switch { "in-progress" => "аткарылууда", "done" => "аткарылды", _ => "пландалган" },
        WhyThisCameToYou = "Бул кат эмне үчүн сизге келди",
        RoleHeldByNobody = (role, office, items) => $"«{role}» ролу эч кимге дайындалган эмес, ошондуктан анын каттары камдык бөлүмгө («{office}») келет: {items}.",
        NoOwnerInRegister = (risk, office) => $"Реестрде {risk} тобокелдигинин ээси көрсөтүлгөн эмес, ошондуктан анын каттары камдык бөлүмгө («{office}») келет.",
        SubjectCritical = n => $"{n} критикалык",
        SubjectHigh = n => $"{n} жогорку",
        SubjectRising = n => $"{n} өсүүдө",
        SubjectIndicators = n => $"{n} көрсөткүчтү жаңыртуу керек",
        SubjectOverdue = n => $"{n} иш-чаранын мөөнөтү өттү",
        SubjectDueSoon = n => $"{n} иш-чаранын мөөнөтү жакындады",
        SubjectNothingNew = "көңүл бура турган өзгөрүү жок",
        IllustrativeTag = "[ИЛЛЮСТРАЦИЯ]",
        AlertTitle = "Тобокелдик боюнча эскертүү",
        AlertSubject = (code, change) => $"{code} тобокелдиги боюнча эскертүү: {change}",
        StillAboveAppetite = level => $"{level}, кабыл алынуучу деңгээлден жогору",
        LevelRose = (from, to) => $"Деңгээли көтөрүлдү: {from} → {to}.",
        BecameAboveAppetite = a => $"Балл эми өз категориясынын кабыл алынуучу деңгээлинен ({a}) жогору.",
        BecameCritical = "Тобокелдик критикалык болуп калды.",
        Rule = "Эреже",
        Scope = "Бөлүм",
        Value = "Маани",
        Target = "Максат",
        Gap = "Айырма",
        University = "университет",
        Sets = "Коёт",
        SetsRating = (side, level) => side == RatingSide.Likelihood ? $"Ы = {level}" : $"Т = {level}",
        AlsoChecked = "Ошондой эле текшерилди",
        RaisedBy = (code, title) => Labels.RaisedBy(code, title, "ky"),
        Footer = (institution, office) => $"Бул кат RiskEngine — «{institution}» тобокелдиктер реестри тарабынан жөнөтүлдү. Көрсөткүчтөрдүн маанилерин жана иш-чаралардын абалын «{office}» аркылуу жаңыртыңыз.",
    };
}
