namespace RiskWorker.Output;

/// <summary>Fixed words of the command-line output in the three languages.</summary>
internal static class Labels
{
    public static string Illustrative(string language) => language switch
    {
        "ru" => "ИЛЛЮСТРАТИВНЫЕ ДЕМО-ДАННЫЕ — не реальные показатели ОшТУ.",
        "en" => "ILLUSTRATIVE DEMO DATA — not OshTU's real figures.",
        _ => "ИЛЛЮСТРАЦИЯЛЫК ДЕМО-МААЛЫМАТТАР — ОшТУнун чыныгы көрсөткүчтөрү эмес.",
    };

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
}
