using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

/// <summary>The workspace's client types: read them, retire or restore them, add one, or go back to the catalogue.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<ClientTypeDto> Types { get; private set; } = [];

    public bool CanEdit => workspace.CanEdit;

    [BindProperty]
    public NewTypeForm NewType { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await ClientTypes.CreateAsync(db, workspace, NewType.ToDraft(), localizer, cancellationToken);
            // The form takes the traits as one text, one per line: a message about any trait belongs to that text.
            if (outcome is Outcome<ClientTypeDto>.Invalid invalid)
            {
                outcome = Outcome.Invalid<ClientTypeDto>([.. invalid.Errors.Select(e => e.Field.StartsWith("traits", StringComparison.Ordinal) ? e with { Field = "traits" } : e)]);
            }
            if (await this.ShowAsync(outcome, localizer, nameof(NewType), created => this.Flash(localizer["typology.created", created.Name].Value)) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid typeId, bool retire, CancellationToken cancellationToken) =>
        await ClientTypes.SetRetiredAsync(db, typeId, retire, localizer, cancellationToken) is null ? NotFound() : RedirectToPage();

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        await ClientTypes.ResetAsync(db, workspace, cancellationToken);
        TempData["Flash"] = localizer["typology.reset-done"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Types = [.. (await ClientTypes.AllAsync(db, workspace, cancellationToken)).Select(t => ClientTypeDto.From(t, localizer))];
}

public sealed class NewTypeForm
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Guidance { get; set; }

    /// <summary>One observable trait per line.</summary>
    public string? Traits { get; set; }

    public ClientTypeDraft ToDraft() => new(Key, Name, Description, Guidance,
        [.. (Traits ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => new TraitDraft(null, line))]);
}
