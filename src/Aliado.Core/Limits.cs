namespace Aliado.Core;

/// <summary>Field sizes shared by validation and the database schema.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int ShortText = 200;
    public const int LongText = 4000;

    /// <summary>A person's notes also hold what an imported contact carried beyond the fields (addresses, custom fields).</summary>
    public const int Notes = 20_000;
    public const int Email = 254;
    public const int Phone = 50;
    public const int RoleCount = 20;
    public const int Role = 100;
}
