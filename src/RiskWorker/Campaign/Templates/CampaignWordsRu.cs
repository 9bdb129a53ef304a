using RiskWorker.Notifications.Templates;

namespace RiskWorker.Campaign.Templates;

/// <summary>Russian words of the campaign's mails.</summary>
internal static class CampaignWordsRu
{
    public static readonly CampaignWords Value = new()
    {
        CouncilName = "Учёный совет",
        Secretary = "Секретарь Учёного совета",
        RequestTitle = "Подготовка к Учёному совету: обновите данные",
        ReminderTitle = "Напоминание: обновите данные",
        PackTitle = "Пакет материалов по рискам для Учёного совета",
        RequestSubject = meeting => $"Учёный совет {meeting}: обновите показатели и статусы мероприятий",
        ReminderSubject = (meeting, n) => $"Учёный совет {meeting}: напоминание — не обновлено: {Plural.Ru(n, "пункт", "пункта", "пунктов")}",
        PackSubject = meeting => $"Учёный совет {meeting}: пакет материалов по рискам",
        RequestIntro = (meeting, deadline) => $"Учёный совет рассматривает риски университета {meeting}. Пожалуйста, до {deadline} обновите значения показателей, которые вы представляете, и статусы ваших мероприятий: в этот день готовится пакет материалов для совета.",
        ReminderIntro = (meeting, deadline) => $"Учёный совет состоится {meeting}. Пункты ниже всё ещё не обновлены; пожалуйста, обновите их до {deadline}, чтобы они попали в пакет материалов.",
        PackIntro = meeting => $"Учёный совет рассматривает риски университета {meeting}. Пакет материалов приложен к письму.",
        PackIntroSecretary = meeting => $"Прилагается пакет материалов по рискам к заседанию Учёного совета {meeting}. Пожалуйста, разошлите его членам совета.",
        Attached = (file, asOf) => $"Вложение: {file} (данные на {asOf}).",
        PdfUnavailable = "PDF создать не удалось, поэтому пакет приложен как HTML-файл: откройте его в браузере и распечатайте в PDF.",
        NothingStale = "Сейчас среди ваших показателей нет устаревших или отсутствующих. Пожалуйста, проверьте, что последние значения и статусы мероприятий верны.",
        StaleIndicators = "Устаревшие или отсутствующие показатели",
        OpenActions = "Незавершённые мероприятия: подтвердите или обновите статус",
    };

    /// <summary>Те же письма для другого органа, <paramref name="n"/> — его название в именительном падеже.</summary>
    public static CampaignWords Body(string n) => Value with
    {
        Secretary = $"Секретарь: {n}",
        RequestTitle = $"{n}: обновите данные перед заседанием",
        PackTitle = $"{n}: пакет материалов по рискам",
        RequestSubject = meeting => $"{n}, заседание {meeting}: обновите показатели и статусы мероприятий",
        ReminderSubject = (meeting, k) => $"{n}, заседание {meeting}: напоминание — не обновлено: {Plural.Ru(k, "пункт", "пункта", "пунктов")}",
        PackSubject = meeting => $"{n}, заседание {meeting}: пакет материалов по рискам",
        RequestIntro = (meeting, deadline) => $"{n} рассматривает риски университета на заседании {meeting}. Пожалуйста, до {deadline} обновите значения показателей, которые вы представляете, и статусы ваших мероприятий: в этот день готовится пакет материалов.",
        ReminderIntro = (meeting, deadline) => $"Заседание ({n}) состоится {meeting}. Пункты ниже всё ещё не обновлены; пожалуйста, обновите их до {deadline}, чтобы они попали в пакет материалов.",
        PackIntro = meeting => $"{n} рассматривает риски университета {meeting}. Пакет материалов приложен к письму.",
        PackIntroSecretary = meeting => $"Прилагается пакет материалов по рискам к заседанию {meeting} ({n}). Пожалуйста, разошлите его участникам заседания.",
    };
}
