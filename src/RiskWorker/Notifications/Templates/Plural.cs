namespace RiskWorker.Notifications.Templates;

/// <summary>Russian plural forms: 1 риск, 2 риска, 5 рисков (11–14 take the "many" form).</summary>
internal static class Plural
{
    public static string Ru(int n, string one, string few, string many)
    {
        var tens = n % 100;
        var units = n % 10;
        var form = tens is >= 11 and <= 14 ? many : units == 1 ? one : units is >= 2 and <= 4 ? few : many;
        return $"{n} {form}";
    }
}
