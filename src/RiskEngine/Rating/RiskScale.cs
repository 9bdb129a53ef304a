namespace RiskEngine;

/// <summary>The one owner of the 5×5 scale: score, level thresholds and movement.</summary>
public static class RiskScale
{
    /// <summary>Lowest value of either side.</summary>
    public const int Min = 1;

    /// <summary>Highest value of either side.</summary>
    public const int Max = 5;

    /// <summary>Likelihood × impact.</summary>
    public static int Score(int likelihood, int impact) => Clamp(likelihood) * Clamp(impact);

    /// <summary>Low 1–4, medium 5–9, high 10–16, critical 17–25.</summary>
    public static RiskLevel LevelOf(int score) => score switch
    {
        <= 4 => RiskLevel.Low,
        <= 9 => RiskLevel.Medium,
        <= 16 => RiskLevel.High,
        _ => RiskLevel.Critical,
    };

    /// <summary>Movement of <paramref name="score"/> against a reference score, <see cref="Movement.New"/> when there is none.</summary>
    public static Movement MovementOf(int score, int? reference) => reference switch
    {
        null => Movement.New,
        var r when score > r => Movement.Up,
        var r when score < r => Movement.Down,
        _ => Movement.Same,
    };

    /// <summary>Keeps a side within 1–5.</summary>
    public static int Clamp(int value) => Math.Clamp(value, Min, Max);
}
