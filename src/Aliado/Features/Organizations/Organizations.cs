using Aliado.Core;
using Aliado.Core.People;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Organizations;

/// <summary>Finding, creating, changing and deleting organizations. Deleting one leaves its people without an organization.</summary>
public static class Organizations
{
    public static async Task<PagedList<OrganizationDto>> FindAsync(AliadoDbContext db, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking();
        var term = TextSearch.Normalize(search);
        if (term.Length > 0)
        {
            query = query.Where(o => o.SearchName.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(o => o.SearchName).ThenBy(o => o.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(OrganizationDto.From(db.People))
            .ToListAsync(cancellationToken);
        return new PagedList<OrganizationDto>(items, page.Page, page.PageSize, total);
    }

    public static Task<OrganizationDto?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(OrganizationDto.From(db.People)).FirstOrDefaultAsync(cancellationToken);

    public static Task<List<(Guid Id, string Name)>> NamesAsync(AliadoDbContext db, int max, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().OrderBy(o => o.SearchName).Take(max)
            .Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync(cancellationToken);

    public static async Task<Outcome<OrganizationDto>> CreateAsync(AliadoDbContext db, CurrentWorkspace workspace, OrganizationDraft draft, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(db, null, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<OrganizationDto>(errors);
        }
        var organization = Organization.Create(workspace.Id, draft);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, organization.Id, cancellationToken))!);
    }

    public static async Task<Outcome<OrganizationDto>> UpdateAsync(AliadoDbContext db, Guid id, OrganizationDraft draft, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return Outcome.Missing<OrganizationDto>();
        }
        var errors = await ValidateAsync(db, id, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<OrganizationDto>(errors);
        }
        organization.Apply(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, id, cancellationToken))!);
    }

    public static async Task<bool> DeleteAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return false;
        }
        await TrashBin.MoveAsync(db, organization, organization.Name, cancellationToken);
        return true;
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(AliadoDbContext db, Guid? id, OrganizationDraft draft, CancellationToken cancellationToken)
    {
        var errors = draft.Validate().ToList();
        if (draft.ParentId is not { } parentId)
        {
            return errors;
        }
        // Organization trees are small; one query for all parent links beats walking up row by row.
        var parents = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToDictionaryAsync(o => o.Id, o => o.ParentId, cancellationToken);
        if (!parents.ContainsKey(parentId))
        {
            errors.Add(new FieldError("parentId", ErrorCodes.NotFound));
        }
        else if (id is { } self && OrganizationRules.WouldCreateCycle(self, parentId, o => parents.GetValueOrDefault(o)))
        {
            errors.Add(new FieldError("parentId", ErrorCodes.OrganizationCycle));
        }
        return errors;
    }
}
