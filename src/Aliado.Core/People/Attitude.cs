namespace Aliado.Core.People;

/// <summary>The attitude of someone in a client's circle toward me, from warmest to coldest.</summary>
public enum Attitude
{
    Mentor,
    Supporter,
    Neutral,
    NonSupporter,
    Opponent,
}
