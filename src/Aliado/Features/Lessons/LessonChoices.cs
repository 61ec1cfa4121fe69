using Aliado.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Lessons;

/// <summary>What the lesson fields (the form that records a lesson and the page that corrects one) offer: the relationships it can be about.</summary>
public sealed record LessonChoices(IReadOnlyList<(Guid Id, string Title)> Relationships)
{
    private const int MaxRelationshipsInPicker = 500;

    public static async Task<IReadOnlyList<(Guid Id, string Title)>> RelationshipsAsync(AliadoDbContext db, IStringLocalizer localizer, CancellationToken cancellationToken) =>
        [.. (await db.Relationships.AsNoTracking().OrderBy(r => EF.Property<string?>(r, Data.Relationships.ClientSortName.Column)).Take(MaxRelationshipsInPicker)
            .Select(r => new { r.Id, Provider = r.Provider!.Name, Client = r.Client!.Name }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, localizer["relationship.title", r.Provider, r.Client].Value))];
}
