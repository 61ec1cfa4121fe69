using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.StandingInterests;

[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, WorkspaceScope scope, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(db, scope)
{
    public IReadOnlyList<StandingInterestDto> Items { get; private set; } = [];

    /// <summary>Each row's version, so its inline form refuses to save over a change made meanwhile.</summary>
    public IReadOnlyDictionary<Guid, long> Versions { get; private set; } = new Dictionary<Guid, long>();

    /// <summary>The row whose inline form came back (invalid or stale): it shows the input and the message, not the add form.</summary>
    public Guid? EditingId { get; private set; }

    public bool CanEdit => workspace.CanEdit;

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public int? Importance { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        await PresentAsync(await StandingInterests.AddAsync(Db, workspace, new StandingInterestDraft(Description, Importance), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostUpdateAsync(Guid standingId, CancellationToken cancellationToken)
    {
        EditingId = standingId;
        return await PresentAsync(await SaveAsync(standingId, () => StandingInterests.UpdateAsync(Db, standingId, new StandingInterestDraft(Description, Importance), cancellationToken), cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid standingId, CancellationToken cancellationToken)
    {
        if (!await StandingInterests.RemoveAsync(Db, standingId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["standing.removed"].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> PresentAsync(Outcome<StandingInterestDto>? outcome, CancellationToken cancellationToken)
    {
        if (await this.ShowAsync(outcome, localizer, string.Empty, saved => this.Flash(localizer["standing.saved", saved.Description].Value)) is { } shown)
        {
            return shown;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Items = await StandingInterests.ListAsync(Db, cancellationToken);
        Versions = await Db.StandingInterests.AsNoTracking()
            .Select(s => new { s.Id, Version = EF.Property<long>(s, RecordModel.Version) })
            .ToDictionaryAsync(s => s.Id, s => s.Version, cancellationToken);
    }
}
