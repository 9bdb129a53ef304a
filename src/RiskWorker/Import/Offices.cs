using RiskEngine;

namespace RiskWorker.Import;

/// <summary>An office named in an import file by its code or by its name in any language, as offices write it.</summary>
internal static class Offices
{
    public static Office? Find(IRiskRegister register, string text) =>
        register.Offices.FirstOrDefault(o => Same(o.Code, text) || Same(o.Name.Ky, text) || Same(o.Name.Ru, text) || Same(o.Name.En, text));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
