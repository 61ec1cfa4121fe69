namespace Aliado.Core.Running;

/// <summary>
/// The optional detail of a pulse: credibility, reliability and intimacy build trust, self-orientation
/// divides it (each rated 1–10). Trust = (credibility + reliability + intimacy) / self-orientation.
/// </summary>
public sealed record TrustRatings(int Credibility, int Reliability, int Intimacy, int SelfOrientation)
{
    public const int Min = 1;
    public const int Max = 10;

    public double Trust => (Credibility + Reliability + Intimacy) / (double)SelfOrientation;

    /// <summary>Trust is only computed when all four ratings were given.</summary>
    public static TrustRatings? From(int? credibility, int? reliability, int? intimacy, int? selfOrientation) =>
        credibility is { } c && reliability is { } r && intimacy is { } i && selfOrientation is { } s ? new(c, r, i, s) : null;
}
