namespace Aliado.Data.Search;

/// <summary>
/// One kind of record the search finds: the table it lives in, how its title and text are read (SQL over
/// the source row <c>s</c>), the columns whose change re-indexes it, and which other kinds show its words.
/// </summary>
internal sealed record SearchSource(
    string Kind,
    string Table,
    string From,
    string Title,
    string Body,
    string RelationshipId,
    string At,
    IReadOnlyList<string> Watched,
    IReadOnlyList<(string Kind, string Column)> ShownIn);

/// <summary>What the search indexes. An e-mail list is JSON, read per database (see <see cref="SearchSchema"/>).</summary>
internal static class SearchSources
{
    public const string EmailsPlaceholder = "{emails}";

    public static readonly IReadOnlyList<SearchSource> All =
    [
        new("person", "People",
            "\"People\" s",
            "s.\"Name\"",
            Join("s.\"Position\"", OrganizationName("s.\"OrganizationId\""), EmailsPlaceholder, "s.\"Notes\""),
            "NULL", "NULL",
            ["Name", "Position", "OrganizationId", "Emails", "Notes"],
            [("relationship", "ClientId")]),
        new("organization", "Organizations",
            "\"Organizations\" s",
            "s.\"Name\"", "''", "NULL", "NULL",
            ["Name"],
            [("person", "OrganizationId"), ("relationship", "ArenaId")]),
        new("relationship", "Relationships",
            "\"Relationships\" s JOIN \"People\" c ON c.\"Id\" = s.\"ClientId\"",
            "c.\"Name\"", Join(OrganizationName("s.\"ArenaId\"")), "s.\"Id\"", "NULL",
            ["ClientId", "ArenaId"],
            []),
        new("interest", "Interests",
            "\"Interests\" s",
            "s.\"Description\"", Join("s.\"Evidence\""), "s.\"RelationshipId\"", "NULL",
            ["Description", "Evidence"],
            []),
        new("offering", "Offerings",
            "\"Offerings\" s",
            "s.\"Description\"", "''", "s.\"RelationshipId\"", "NULL",
            ["Description"],
            []),
        new("conversation", "Interactions",
            "\"Interactions\" s",
            "s.\"Summary\"", Join("s.\"NextSteps\""), "s.\"RelationshipId\"", "s.\"OccurredAt\"",
            ["Summary", "NextSteps", "OccurredAt"],
            []),
        new("proposal", "Proposals",
            "\"Proposals\" s",
            "s.\"Title\"", Join("s.\"Pitch\"", "s.\"Behind\""), "s.\"RelationshipId\"", "s.\"ProposedAt\"",
            ["Title", "Pitch", "Behind", "ProposedAt"],
            []),
        new("lesson", "Lessons",
            "\"Lessons\" s",
            "s.\"WhatWeLearned\"", Join("s.\"WhatHappened\"", "s.\"Action\""), "s.\"RelationshipId\"", "s.\"LearnedAt\"",
            ["WhatHappened", "WhatWeLearned", "Action", "RelationshipId", "LearnedAt"],
            []),
    ];

    public static IReadOnlyList<string> Kinds { get; } = All.Select(s => s.Kind).ToList();

    public static SearchSource Of(string kind) => All.Single(s => s.Kind == kind);

    /// <summary>
    /// An organization's name by its id (none when it is in the trash), looked up by the key alone: planned
    /// while the table had no statistics, a join or a filter on the trash column read every organization
    /// through the trash column's index for each indexed row, and a large import slowed quadratically.
    /// </summary>
    private static string OrganizationName(string id) =>
        $"(SELECT CASE WHEN o.\"TrashId\" IS NULL THEN o.\"Name\" END FROM \"Organizations\" o WHERE o.\"Id\" = {id})";

    private static string Join(params string[] columns) =>
        string.Join(" || ' ' || ", columns.Select(c => c == EmailsPlaceholder ? c : $"COALESCE({c}, '')"));
}
