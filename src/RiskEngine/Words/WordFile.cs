using System.Globalization;
using System.Text.Json;

namespace RiskEngine;

/// <summary>One word file, read and checked: its language (the file's name), culture, plural rule and words.</summary>
internal sealed record WordFile(string Origin, string Language, CultureInfo? Culture, PluralRule? Plural, IReadOnlyDictionary<string, WordEntry> Entries)
{
    /// <summary>Reads <paramref name="dto"/>, adding one error per problem, each naming <paramref name="origin"/> and the key.</summary>
    public static WordFile Read(string origin, string language, WordFileDto dto, List<RuleSetError> errors)
    {
        void Fail(string? key, EngineMessage why) => errors.Add(new RuleSetError(origin, key, why, Kind: RuleSetItemKind.Words));
        var plural = PluralRule.Find(dto.Plural);
        if (dto.Plural is not null && plural is null) Fail(null, EngineMessage.Of("error.words.plural-rule", ("plural", dto.Plural), ("rules", string.Join(", ", PluralRule.Names))));
        var entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        foreach (var (key, value) in dto.Words ?? [])
        {
            if (Entry(value, plural, out var why) is { } entry) entries[key] = entry;
            else Fail(key, why!);
        }

        return new WordFile(origin, language, CultureOf(dto.Culture, Fail), plural, entries);
    }

    private static WordEntry? Entry(JsonElement value, PluralRule? plural, out EngineMessage? why)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = WordTemplate.Parse(value.GetString()!, out why);
            return text is null ? null : new WordEntry(text, null);
        }

        if (value.ValueKind != JsonValueKind.Object) { why = EngineMessage.Of("error.words.not-text"); return null; }
        var forms = new Dictionary<string, WordTemplate>(StringComparer.Ordinal);
        foreach (var form in value.EnumerateObject())
        {
            if (form.Value.ValueKind != JsonValueKind.String) { why = EngineMessage.Of("error.words.form-not-text", ("form", form.Name)); return null; }
            if (WordTemplate.Parse(form.Value.GetString()!, out why) is not { } text) return null;
            forms[form.Name] = text;
        }

        var missing = (plural?.Forms ?? []).Where(f => !forms.ContainsKey(f)).ToList();
        var extra = plural is null ? [] : forms.Keys.Where(f => !plural.Forms.Contains(f)).ToList();
        why = missing.Count > 0 ? EngineMessage.Of("error.words.forms-missing", ("forms", string.Join(", ", missing)), ("rule", plural!.Name))
            : extra.Count > 0 ? EngineMessage.Of("error.words.forms-extra", ("rule", plural!.Name), ("forms", string.Join(", ", extra))) : null;
        return why is null ? new WordEntry(null, forms) : null;
    }

    private static CultureInfo? CultureOf(string? name, Action<string?, EngineMessage> fail)
    {
        if (name is null) return null;
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: name.Length > 0);
        }
        catch (CultureNotFoundException)
        {
            fail(null, EngineMessage.Of("error.words.culture", ("culture", name)));
            return null;
        }
    }
}
