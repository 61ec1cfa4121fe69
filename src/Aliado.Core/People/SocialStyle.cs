namespace Aliado.Core.People;

/// <summary>The social-style reading of a person's personality (step 2 of the method).</summary>
public enum SocialStyle
{
    Unknown,
    Driver,
    Expressive,
    Amiable,
    Analytical,
}
