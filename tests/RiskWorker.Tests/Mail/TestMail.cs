using RiskWorker.Mail;

namespace RiskWorker.Tests.Mail;

/// <summary>Messages as the digest and alert code would enqueue them, in Kyrgyz with the letters only Kyrgyz has.</summary>
internal static class TestMail
{
    public const string KyrgyzSubject = "Тобокелдиктер: 2 жогорку, 1 өсүүдө";
    public const string KyrgyzText = "Урматтуу Айгүл, сиздин тобокелдиктериңиз: ң ө ү Ң Ө Ү.";

    public static OutboxMessage Digest(string key, string to, string name = "Айгүл Токтосунова") =>
        new(key, "digest", to, name, "ky", KyrgyzSubject,
            $"<html><body><p>{KyrgyzText}</p><table><tr><td>1.1</td><td>жогорку</td></tr></table></body></html>",
            KyrgyzText + "\n1.1 жогорку\n");
}
