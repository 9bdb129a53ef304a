namespace RiskWorker.Tests.Reviews.Support;

/// <summary>
/// A second review body as a university would configure it: the sustainable-development commission of seed 000 (it
/// meets at least four times a year and keeps minutes), quarterly, reviewing categories 4 and 7 and risk 2.1.
/// Written as environment variables; <see cref="RiskWorker.Tests.Support.EnvironmentSettings"/> turns them into keys.
/// </summary>
internal static class SdcBody
{
    public const string Secretary = "sdc-secretary@example.org";
    public static readonly string[] Risks = ["2.1", "4.1", "7.1", "7.2"];

    public static Dictionary<string, string> Environment(string meeting) => new()
    {
        ["Reviews__Bodies__sdc__Name__Ky"] = "Туруктуу өнүгүү боюнча комиссия",
        ["Reviews__Bodies__sdc__Name__Ru"] = "Комиссия по устойчивому развитию",
        ["Reviews__Bodies__sdc__Name__En"] = "Sustainable development commission",
        ["Reviews__Bodies__sdc__Cadence"] = "quarterly",
        ["Reviews__Bodies__sdc__MeetingDate"] = meeting,
        ["Reviews__Bodies__sdc__SecretaryEmail"] = Secretary,
        ["Reviews__Bodies__sdc__Language"] = "en",
        ["Reviews__Bodies__sdc__Categories__0"] = "4",
        ["Reviews__Bodies__sdc__Categories__1"] = "7",
        ["Reviews__Bodies__sdc__Risks__0"] = "2.1",
    };
}
