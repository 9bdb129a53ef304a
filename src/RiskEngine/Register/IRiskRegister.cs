namespace RiskEngine;

/// <summary>Read access to the loaded, validated <c>rules/</c> directory.</summary>
public interface IRiskRegister
{
    /// <summary>Hash of the rules directory; stored with every evaluation.</summary>
    string Version { get; }

    /// <summary>Who the register is (<c>register.json</c>): its id, institution, plan, languages, time zone, fallback office.</summary>
    RegisterIdentity Identity { get; }

    /// <summary>The fixed words of every output in each language the register offers (word files of the engine, of added assemblies and of <c>rules/words/</c>).</summary>
    WordCatalog Words { get; }

    /// <summary>The units the register declares (<c>units.json</c>).</summary>
    IReadOnlyList<MeasureUnit> Units { get; }

    /// <summary>Risk categories with appetite.</summary>
    IReadOnlyList<Category> Categories { get; }

    /// <summary>Responsible offices (roles).</summary>
    IReadOnlyList<Office> Offices { get; }

    /// <summary>The register risks, in code order.</summary>
    IReadOnlyList<Risk> Risks { get; }

    /// <summary>The generic risk types of section 5.</summary>
    IReadOnlyList<GenericRisk> GenericRisks { get; }

    /// <summary>The indicator catalogue.</summary>
    IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>All rules of the register, in the order of their files.</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The risk with <paramref name="code"/>, or null.</summary>
    Risk? FindRisk(string code);

    /// <summary>The indicator with <paramref name="code"/>, or null.</summary>
    Indicator? FindIndicator(string code);

    /// <summary>The category with <paramref name="code"/>, or null.</summary>
    Category? FindCategory(string code);

    /// <summary>The office with <paramref name="code"/>, or null.</summary>
    Office? FindOffice(string code);

    /// <summary>The unit with <paramref name="code"/>, or null.</summary>
    MeasureUnit? FindUnit(string code);
}
