namespace RiskEngine.Facts;

/// <summary>Ordinary least squares over (year position, value); with one point the line is flat.</summary>
internal readonly record struct Trend(double Slope, double Intercept, int Points)
{
    public static Trend Fit(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count == 0) return new Trend(0, 0, 0);
        if (points.Count == 1) return new Trend(0, points[0].Y, 1);

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx == 0) return new Trend(0, meanY, points.Count);
        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        return new Trend(slope, meanY - slope * meanX, points.Count);
    }

    public double At(double x) => Intercept + Slope * x;
}
