using System.Globalization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Notifications.Templates;

/// <summary>Russian words of the mails.</summary>
internal static class MailWordsRu
{
    public static readonly MailWords Value = new()
    {
        Culture = CultureInfo.GetCultureInfo("ru-RU"),
        DigestTitle = "Еженедельная сводка по рискам",
        Greeting = name => $"Здравствуйте, {name}.",
        DigestIntro = (asOf, reference) => $"Ваши риски по оценке на {asOf}, движение — по сравнению с {reference}.",
        DigestIntroNoReference = asOf => $"Ваши риски по оценке на {asOf}. Более ранней оценки для сравнения пока нет.",
        YourRisks = "Ваши риски",
        Risk = "Риск",
        Level = "Уровень",
        Score = "Балл (В×П)",
        MovementSince = since => since is null ? "Изменение" : $"С {since}",
        Appetite = "Аппетит",
        Why = "Почему",
        NoRuleFired = "Ни одно правило не сработало: действует оценка по умолчанию из реестра.",
        AboveAppetite = a => $"выше аппетита ({a})",
        WithinAppetite = a => $"в пределах аппетита ({a})",
        StaleData = "оценено по устаревшим или отсутствующим данным",
        LevelName = l => Labels.Level(l, "ru"),
        MovementText = (m, before) => m switch
        {
            Movement.Up => $"↑ растёт (было {before})",
            Movement.Down => $"↓ снижается (было {before})",
            Movement.Same => "→ без изменений",
            _ => "новый",
        },
        DecisionName = d => Labels.Decision(d, "ru"),
        LastDecision = (body, date, decision, note) => $"Последнее решение: {body}, {date} — {decision}" + (note is null ? "" : $": {note}"),
        IndicatorsToUpdate = "Показатели, которые нужно обновить",
        Indicator = "Показатель",
        LastValue = "Последнее значение",
        NoValueYet = "значений пока нет",
        Note = "Примечание",
        ActionsDueSoon = days => $"Мероприятия со сроком в ближайшие {days} дней",
        OverdueActions = "Просроченные мероприятия",
        Action = "Мероприятие",
        Due = "Срок",
        DaysOverdue = d => "просрочено на " + Plural.Ru(d, "день", "дня", "дней"),
        StatusName = s => s switch { "in-progress" => "выполняется", "done" => "выполнено", _ => "запланировано" },
        WhyThisCameToYou = "Почему это письмо пришло вам",
        RoleHeldByNobody = (role, office, items) => $"Роль «{role}» никому не назначена, поэтому её письма приходят в резервное подразделение «{office}»: {items}.",
        NoOwnerInRegister = (risk, office) => $"В реестре не указан владелец риска {risk}, поэтому его письма приходят в резервное подразделение «{office}».",
        SubjectCritical = n => Plural.Ru(n, "критический", "критических", "критических"),
        SubjectHigh = n => Plural.Ru(n, "высокий", "высоких", "высоких"),
        SubjectRising = n => Plural.Ru(n, "растёт", "растут", "растут"),
        SubjectIndicators = n => $"показателей к обновлению: {n}",
        SubjectOverdue = n => Plural.Ru(n, "мероприятие просрочено", "мероприятия просрочены", "мероприятий просрочено"),
        SubjectDueSoon = n => Plural.Ru(n, "мероприятие с близким сроком", "мероприятия с близким сроком", "мероприятий с близким сроком"),
        SubjectNothingNew = "ничего не требует вашего внимания",
        IllustrativeTag = "[ИЛЛЮСТРАЦИЯ]",
        AlertTitle = "Оповещение о риске",
        AlertSubject = (code, change) => $"Оповещение о риске {code}: {change}",
        StillAboveAppetite = level => $"{level}, выше аппетита",
        LevelRose = (from, to) => $"Уровень вырос: {from} → {to}.",
        BecameAboveAppetite = a => $"Балл теперь выше аппетита своей категории ({a}).",
        BecameCritical = "Риск стал критическим.",
        Rule = "Правило",
        Scope = "Подразделение",
        Value = "Значение",
        Target = "Цель",
        Gap = "Отклонение",
        University = "университет",
        Sets = "Задаёт",
        SetsRating = (side, level) => side == RatingSide.Likelihood ? $"В = {level}" : $"П = {level}",
        AlsoChecked = "Также проверено",
        RaisedBy = (code, title) => Labels.RaisedBy(code, title, "ru"),
        Footer = (institution, office) => $"Письмо отправлено RiskEngine — реестром рисков организации «{institution}». Значения показателей и статусы мероприятий обновляйте через подразделение «{office}».",
    };
}
