using Aliado.Core;
using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

public sealed record TraitDto(Guid Id, string Text, string? SuggestedAction, bool Retired);

public sealed record ClientTypeDto(Guid Id, string Key, string Name, string Description, string Guidance, bool IsTarget, bool IsDefault, bool Retired, IReadOnlyList<TraitDto> Traits)
{
    /// <summary>In the reader's language: the workspace's own texts where it wrote them, the catalogue's otherwise.</summary>
    public static ClientTypeDto From(ClientType type, IStringLocalizer localizer) => new(
        type.Id,
        type.Key,
        type.Name ?? Catalogued(localizer, $"type.{type.Key}.name") ?? type.Key,
        type.Description ?? Catalogued(localizer, $"type.{type.Key}.description") ?? string.Empty,
        type.Guidance ?? Catalogued(localizer, $"type.{type.Key}.guidance") ?? string.Empty,
        type.IsTarget,
        type.IsDefault,
        type.Retired,
        [.. type.Traits.OrderBy(t => t.Position).Select(t => new TraitDto(
            t.Id,
            t.Text ?? (t.Key is null ? null : Catalogued(localizer, $"trait.{t.Key}")) ?? string.Empty,
            t.SuggestedAction ?? (t.Key is null ? null : Catalogued(localizer, $"trait.{t.Key}.action")),
            t.Retired))]);

    private static string? Catalogued(IStringLocalizer localizer, string key) => localizer[key] is { ResourceNotFound: false } found ? found.Value : null;
}

/// <summary>The workspace's typology: the default catalogue on first use, then whatever the workspace makes of it.</summary>
public static class ClientTypes
{
    public const string KeyTaken = "duplicate";

    public static IQueryable<ClientType> WithTraits(AliadoDbContext db) => db.ClientTypes.Include(t => t.Traits);

    /// <summary>Every workspace starts from the catalogue; it is written the first time the typology is needed.</summary>
    public static async Task EnsureCatalogueAsync(AliadoDbContext db, CurrentWorkspace workspace, CancellationToken cancellationToken)
    {
        if (await db.ClientTypes.AnyAsync(cancellationToken))
        {
            return;
        }
        db.ClientTypes.AddRange(Catalogue.Types.Select((type, i) => ClientType.FromCatalogue(workspace.Id, type, i)));
        // Another request may write the catalogue at the same moment; theirs is as good as ours.
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        if (await UnitOfWork.TryAsync(db, "catalogue", () => db.SaveChangesAsync(cancellationToken), cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>The workspace's types with their traits; the first read of a new workspace writes the catalogue.</summary>
    public static async Task<List<ClientType>> AllAsync(AliadoDbContext db, CurrentWorkspace workspace, CancellationToken cancellationToken)
    {
        var types = await WithTraits(db).AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        if (types.Count > 0)
        {
            return types;
        }
        await EnsureCatalogueAsync(db, workspace, cancellationToken);
        return await WithTraits(db).AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }

    public const string TypesCapReached = "typology.types-cap";
    public const string TraitsCapReached = "typology.traits-cap";

    public static async Task<Outcome<ClientTypeDto>> CreateAsync(AliadoDbContext db, CurrentWorkspace workspace, ClientTypeDraft draft, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        await EnsureCatalogueAsync(db, workspace, cancellationToken);
        var errors = draft.Validate(creating: true).ToList();
        if (errors.Count == 0 && await db.ClientTypes.AnyAsync(t => t.Key == draft.Key!.Trim(), cancellationToken))
        {
            errors.Add(new FieldError("key", ErrorCodes.Duplicate));
        }
        if (errors.Count == 0 && draft.Traits is { } traits && traits.Any(t => t.Id is not null))
        {
            errors.Add(new FieldError("traits", ErrorCodes.NotFound));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ClientTypeDto>(errors);
        }
        if (await db.ClientTypes.CountAsync(cancellationToken) >= ClientType.MaxPerWorkspace)
        {
            return Outcome.Refused<ClientTypeDto>(TypesCapReached, ClientType.MaxPerWorkspace);
        }
        var position = await db.ClientTypes.MaxAsync(t => (int?)t.Position, cancellationToken) ?? 0;
        var type = ClientType.Create(workspace.Id, draft, position + 1);
        db.ClientTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(ClientTypeDto.From(type, localizer));
    }

    public static async Task<Outcome<ClientTypeDto>> UpdateAsync(AliadoDbContext db, Guid id, ClientTypeDraft draft, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var type = await WithTraits(db).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null)
        {
            return Outcome.Missing<ClientTypeDto>();
        }
        var errors = draft.Validate(creating: false).ToList();
        if (draft.Traits is { } traits && traits.Any(t => t.Id is { } traitId && !type.Owns(traitId)))
        {
            errors.Add(new FieldError("traits", ErrorCodes.NotFound));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ClientTypeDto>(errors);
        }
        if (type.Traits.Count + (draft.Traits?.Count(t => t.Id is null) ?? 0) > ClientType.MaxTraitsKept)
        {
            return Outcome.Refused<ClientTypeDto>(TraitsCapReached, ClientType.MaxTraitsKept);
        }
        type.Apply(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(ClientTypeDto.From(type, localizer));
    }

    public static async Task<ClientTypeDto?> SetRetiredAsync(AliadoDbContext db, Guid id, bool retired, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var type = await WithTraits(db).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null)
        {
            return null;
        }
        if (retired)
        {
            type.Retire();
        }
        else
        {
            type.Restore();
        }
        await db.SaveChangesAsync(cancellationToken);
        return ClientTypeDto.From(type, localizer);
    }

    /// <summary>Puts the catalogue's types and traits back as they ship; the workspace's own types stay.</summary>
    public static async Task ResetAsync(AliadoDbContext db, CurrentWorkspace workspace, CancellationToken cancellationToken)
    {
        await EnsureCatalogueAsync(db, workspace, cancellationToken);
        var types = await WithTraits(db).ToListAsync(cancellationToken);
        for (var i = 0; i < Catalogue.Types.Count; i++)
        {
            var catalogued = Catalogue.Types[i];
            if (types.FirstOrDefault(t => t.Key == catalogued.Key) is { } existing)
            {
                existing.ResetTo(catalogued);
            }
            else
            {
                db.ClientTypes.Add(ClientType.FromCatalogue(workspace.Id, catalogued, i));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
