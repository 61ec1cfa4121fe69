using Aliado.Core;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Data.Relationships;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Relationships;

/// <summary>Opening, finding, changing and closing relationships (step 1: who is the client, and where).</summary>
public static class Relationships
{
    public static async Task<PagedList<RelationshipDto>> FindAsync(AliadoDbContext db, TimeProvider clock, Guid? personId, VerdictOutcome? outcome, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.Relationships.AsNoTracking();
        if (personId is { } id)
        {
            query = query.Where(r => r.ClientId == id || r.ProviderId == id);
        }
        if (outcome is { } wanted)
        {
            query = query.Where(r => r.Outcome == wanted);
        }
        return await PageAsync(db, clock, query, page, cancellationToken);
    }

    /// <summary>
    /// The first <paramref name="size"/> relationships matching <paramref name="filter"/>, by client name, in
    /// one statement: the total is exact when everything fits, else a lower bound.
    /// </summary>
    public static async Task<PagedList<RelationshipDto>> FirstPageAsync(AliadoDbContext db, TimeProvider clock, System.Linq.Expressions.Expression<Func<Relationship, bool>> filter, int size, CancellationToken cancellationToken)
    {
        var page = new PageRequest(1, size);
        var read = await db.Relationships.AsNoTracking().Where(filter).OrderBy(r => EF.Property<string?>(r, ClientSortName.Column)).ThenBy(r => r.Id)
            .TakeWritten(page.PageSize + 1).Select(RelationshipDto.WithNextSteps(db)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = read.Take(page.PageSize).Select(r => r.At(now, db.HealthPolicy)).ToList();
        return new PagedList<RelationshipDto>(items, page.Page, page.PageSize, read.Count, TotalExact: read.Count <= page.PageSize);
    }

    /// <summary>By client name, off an index (see <see cref="ClientSortName"/>).</summary>
    private static Task<PagedList<RelationshipDto>> PageAsync(AliadoDbContext db, TimeProvider clock, IQueryable<Relationship> query, PageRequest page, CancellationToken cancellationToken) =>
        PageAsync(db, clock.GetUtcNow().UtcDateTime, query, query.OrderBy(r => EF.Property<string?>(r, ClientSortName.Column)), page, cancellationToken);

    /// <summary>
    /// A page of <paramref name="sorted"/> (ties by id) with its next steps, and how many
    /// <paramref name="matching"/> holds, counted up to the cap: two statements.
    /// </summary>
    public static async Task<PagedList<RelationshipDto>> PageAsync(AliadoDbContext db, DateTime now, IQueryable<Relationship> matching, IOrderedQueryable<Relationship> sorted, PageRequest page, CancellationToken cancellationToken)
    {
        var counted = await matching.CountUpToCapAsync(cancellationToken);
        return await PageAsync(db, now, sorted, page, counted, cancellationToken);
    }

    /// <summary>A page of <paramref name="sorted"/> counted elsewhere; reads one row past the page to know whether more follow.</summary>
    public static async Task<PagedList<RelationshipDto>> PageAsync(AliadoDbContext db, DateTime now, IOrderedQueryable<Relationship> sorted, PageRequest page, int? counted, CancellationToken cancellationToken)
    {
        var read = await sorted.ThenBy(r => r.Id).Skip(page.Skip).TakeWritten(page.PageSize + 1).Select(RelationshipDto.WithNextSteps(db)).ToListAsync(cancellationToken);
        return PagedList.Of([.. read.Take(page.PageSize).Select(r => r.At(now, db.HealthPolicy))], page, counted, more: read.Count > page.PageSize);
    }

    /// <summary>Whether the relationship is in this workspace (and not in the trash): the check before reading one of its lists.</summary>
    public static Task<bool> ExistsAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Relationships.AnyAsync(r => r.Id == id, cancellationToken);

    public static async Task<RelationshipDto?> ByIdAsync(AliadoDbContext db, TimeProvider clock, Guid id, CancellationToken cancellationToken) =>
        (await db.Relationships.AsNoTracking().Where(r => r.Id == id).Select(RelationshipDto.WithNextSteps(db)).FirstOrDefaultAsync(cancellationToken))
            ?.At(clock.GetUtcNow().UtcDateTime, db.HealthPolicy);

    public static async Task<Outcome<RelationshipDto>> CreateAsync(AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, RelationshipDraft draft, CancellationToken cancellationToken)
    {
        var (errors, provider, arena) = await CheckAsync(db, workspace, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<RelationshipDto>(errors);
        }
        var relationship = Relationship.Create(workspace.Id, provider, draft.ClientId!.Value, arena?.Id, KindOf(draft), draft.CadenceDays ?? Relationship.DefaultCadenceDays, clock.GetUtcNow().UtcDateTime);
        relationship.Change(provider, draft.ClientId!.Value, arena?.Id, KindOf(draft), relationship.CadenceDays, AuthorityOf(draft));
        relationship.Record(Verdict.Of(new VerdictFacts([], [], [], [])));
        db.Relationships.Add(relationship);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, clock, relationship.Id, cancellationToken))!);
    }

    public static async Task<Outcome<RelationshipDto>> UpdateAsync(AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, Guid id, RelationshipDraft draft, CancellationToken cancellationToken)
    {
        var relationship = await db.Relationships.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relationship is null)
        {
            return Outcome.Missing<RelationshipDto>();
        }
        var (errors, provider, arena) = await CheckAsync(db, workspace, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<RelationshipDto>(errors);
        }
        relationship.Change(provider, draft.ClientId!.Value, arena?.Id, KindOf(draft), draft.CadenceDays ?? relationship.CadenceDays, AuthorityOf(draft));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, clock, id, cancellationToken))!);
    }

    public static async Task<bool> DeleteAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var relationship = await db.Relationships.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relationship is null)
        {
            return false;
        }
        var names = await db.People.Where(p => p.Id == relationship.ProviderId || p.Id == relationship.ClientId)
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        await TrashBin.MoveAsync(db, relationship, $"{names.GetValueOrDefault(relationship.ProviderId)} → {names.GetValueOrDefault(relationship.ClientId)}", cancellationToken);
        return true;
    }

    private static RelationshipKind KindOf(RelationshipDraft draft) => draft.Kind ?? RelationshipKind.Internal;

    private static Authority? AuthorityOf(RelationshipDraft draft) => draft.Authority;

    /// <summary>
    /// The provider defaults to me; both people must be in this workspace. The arena is an organization
    /// id, or a name: an organization of that name is reused, or created.
    /// </summary>
    private static async Task<(IReadOnlyList<FieldError> Errors, Guid Provider, Organization? Arena)> CheckAsync(
        AliadoDbContext db, CurrentWorkspace workspace, RelationshipDraft draft, CancellationToken cancellationToken)
    {
        var provider = draft.ProviderId ?? await db.People.Where(p => p.IsMe).Select(p => p.Id).FirstAsync(cancellationToken);
        var errors = draft.Validate(provider).ToList();
        var wanted = new[] { provider, draft.ClientId ?? Guid.Empty };
        var found = await db.People.Where(p => wanted.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        if (draft.ProviderId is not null && !found.Contains(provider))
        {
            errors.Add(new FieldError("providerId", ErrorCodes.NotFound));
        }
        if (draft.ClientId is { } client && !found.Contains(client))
        {
            errors.Add(new FieldError("clientId", ErrorCodes.NotFound));
        }
        Organization? arena = null;
        if (draft.ArenaOrganizationId is { } arenaId)
        {
            arena = await db.Organizations.FirstOrDefaultAsync(o => o.Id == arenaId, cancellationToken);
            if (arena is null)
            {
                errors.Add(new FieldError("arenaOrganizationId", ErrorCodes.NotFound));
            }
        }
        else if (!string.IsNullOrWhiteSpace(draft.Arena) && errors.Count == 0)
        {
            var name = TextSearch.Normalize(draft.Arena);
            arena = await db.Organizations.FirstOrDefaultAsync(o => o.SearchName == name, cancellationToken);
            if (arena is null)
            {
                arena = Organization.Create(workspace.Id, new OrganizationDraft(draft.Arena.Trim()));
                db.Organizations.Add(arena);
            }
        }
        return (errors, provider, arena);
    }
}
