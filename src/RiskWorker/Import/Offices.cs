using RiskEngine;

namespace RiskWorker.Import;

/// <summary>An office named in an import file by its code or by its name in any language, as offices write it.</summary>
internal static class Offices
{
    public static Office? Find(IRiskRegister register, string text) =>
        register.Offices.FirstOrDefault(o => Same(o.Code, text) || o.Name.Texts.Any(t => Same(t.Value, text)));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
