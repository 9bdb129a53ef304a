using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reviews;

/// <summary>The table of <c>review list</c> speaks the verb's language: headers, the marked-review note and the empty message.</summary>
public sealed class ReviewTableTests
{
    private static readonly HeldReview[] Reviews =
    [
        new(1, "council", new DateOnly(2026, 11, 21), 12, 2, "minutes.pdf"),
        new(0, "sdc", new DateOnly(2026, 12, 1), 130, 0, null),
    ];

    [Fact]
    public void Render_English_HeaderAndRowsAligned()
    {
        var lines = ReviewTable.Render(Reviews, ShippedRegister.Value.Words.For("en")).Split(Environment.NewLine);

        Assert.Matches(@"^date\s+body\s+evaluation\s+decisions\s+minutes$", lines[0]);
        Assert.Matches(@"^2026-11-21  council +#12 +2  minutes\.pdf$", lines[1]);
        Assert.EndsWith("(marked with review mark)", lines[2], StringComparison.Ordinal);
        Assert.Equal(lines[0].IndexOf("evaluation", StringComparison.Ordinal), lines[2].IndexOf("#130", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Russian_HeadersNoteAndEmptyMessageInRussian()
    {
        var words = ShippedRegister.Value.Words.For("ru");

        var lines = ReviewTable.Render(Reviews, words).Split(Environment.NewLine);

        Assert.Matches(@"^дата\s+орган\s+оценка\s+решения\s+протокол$", lines[0]);
        Assert.EndsWith("(отмечено командой review mark)", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("Пока не записано ни одного рассмотрения", ReviewTable.Render([], words), StringComparison.Ordinal);
    }
}
