namespace RiskWorker.Reviews;

/// <summary><c>Reviews:Bodies:&lt;id&gt;:Name</c>: the body's name in each language, as a subject of a sentence ("Rectorate").</summary>
internal sealed class ReviewBodyName
{
    public string Ky { get; set; } = "";
    public string Ru { get; set; } = "";
    public string En { get; set; } = "";
}
