using RiskEngine;

namespace RiskWorker.Notifications.Templates;

/// <summary>
/// The mails' ways of saying a value with the word catalogue (<c>Words/&lt;language&gt;.json</c>): each is one key, so a
/// language words a date, a status or a movement its own way (levels, decisions and "raised by" are every output's: Output/Labels.cs); only the choice of key is made here.
/// </summary>
internal static class MailPhrases
{
    public static string Date(this Words words, DateOnly date) => words.Format("mail.date", ("date", date));

    /// <summary>A value or target in the reader's culture; a dash when there is none.</summary>
    public static string Number(this Words words, double? value) => value is { } v ? words.Format("mail.number", ("value", v)) : "—";

    /// <summary>An action's status (<c>planned</c>, <c>in-progress</c>, <c>done</c>); an unknown one reads as planned, as it is treated.</summary>
    public static string Status(this Words words, string status) => words[status is "in-progress" or "done" ? $"status.{status}" : "status.planned"];

    /// <summary>A risk's movement since the reference evaluation, with the score it had then.</summary>
    public static string Movement(this Words words, Movement movement, int? before) =>
        words.Format($"mail.movement.{movement.ToString().ToLowerInvariant()}", ("before", before));

    public static string Appetite(this Words words, bool above, int appetite) =>
        words.Format(above ? "mail.appetite.above" : "mail.appetite.within", ("appetite", appetite));

    /// <summary>What a reason sets: "L = 3" or "I = 4" in the reader's letters.</summary>
    public static string Sets(this Words words, RatingSide side, int level) =>
        words.Format(side == RatingSide.Likelihood ? "mail.sets.likelihood" : "mail.sets.impact", ("level", level));

    /// <summary>A subject with the illustrative tag in front when the data is the demo set.</summary>
    public static string Tagged(this Words words, bool illustrative, string subject) => illustrative ? $"{words["mail.illustrative-tag"]} {subject}" : subject;
}
