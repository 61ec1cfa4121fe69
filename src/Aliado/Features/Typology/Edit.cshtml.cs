using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

/// <summary>Rewrite a type in the workspace's own words: texts, traits (retire or add) and suggested actions.</summary>
[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int NewRows = 3;

    public ClientTypeDto? Type { get; private set; }

    [BindProperty]
    public EditTypeForm Input { get; set; } = new();

    /// <summary>The state the form was loaded from; a save over a different state comes back with the input kept.</summary>
    [BindProperty]
    public string? Tag { get; set; }

    public bool Stale { get; private set; }

    private string _currentTag = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = EditTypeForm.From(Type!);
        Tag = _currentTag;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Tag is not null && Tag != _currentTag)
        {
            (Stale, Tag) = (true, _currentTag);
            ModelState.Remove(nameof(Tag));
            Input.KeepTraitsAddedMeanwhile(Type!);
            return Page();
        }
        if (ModelState.IsValid)
        {
            var outcome = await ClientTypes.UpdateAsync(db, id, Input.ToDraft(Type!), localizer, cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Input), saved => this.Flash(localizer["typology.saved", saved.Name].Value, "/typology")) is { } shown)
            {
                return shown;
            }
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var stored = (await ClientTypes.AllAsync(db, workspace, cancellationToken)).FirstOrDefault(t => t.Id == id);
        if (stored is null)
        {
            return false;
        }
        Type = ClientTypeDto.From(stored, localizer);
        _currentTag = SnapshotVersioned.TagOf(new
        {
            stored.Name,
            stored.Description,
            stored.Guidance,
            stored.Retired,
            Traits = stored.Traits.OrderBy(t => t.Id).Select(t => new { t.Id, t.Text, t.SuggestedAction, t.Retired, t.Position }),
        });
        return true;
    }
}

public sealed class EditTypeForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Guidance { get; set; }

    public List<TraitRow> Traits { get; set; } = [];

    public static EditTypeForm From(ClientTypeDto type) => new()
    {
        Name = type.Name,
        Description = type.Description,
        Guidance = type.Guidance,
        Traits = [.. type.Traits.Select(t => new TraitRow { Id = t.Id, Text = t.Text, SuggestedAction = t.SuggestedAction, Retire = t.Retired }),
            .. Enumerable.Range(0, EditModel.NewRows).Select(_ => new TraitRow())],
    };

    /// <summary>Traits someone added while this form was open get rows too: saving again must not retire them unseen.</summary>
    public void KeepTraitsAddedMeanwhile(ClientTypeDto current)
    {
        var shown = Traits.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToHashSet();
        var added = current.Traits.Where(t => !shown.Contains(t.Id))
            .Select(t => new TraitRow { Id = t.Id, Text = t.Text, SuggestedAction = t.SuggestedAction, Retire = t.Retired });
        Traits = [.. Traits.Where(t => t.Id is not null), .. added, .. Traits.Where(t => t.Id is null)];
    }

    /// <summary>
    /// Blank new rows are ignored; ticked rows are retired and unticked ones current (so a retired trait can be restored).
    /// Texts left as shown are not sent, so catalogue texts keep following the reader's language.
    /// </summary>
    public ClientTypeDraft ToDraft(ClientTypeDto shown)
    {
        string? Changed(string? value, string? before) => value?.Trim() == before?.Trim() ? null : value;
        TraitDto? Before(Guid? id) => shown.Traits.FirstOrDefault(t => t.Id == id);
        return new(null, Changed(Name, shown.Name), Changed(Description, shown.Description), Changed(Guidance, shown.Guidance),
            [.. Traits.Where(t => t.Id is not null || !string.IsNullOrWhiteSpace(t.Text))
                .Select(t => new TraitDraft(t.Id, Changed(t.Text, Before(t.Id)?.Text), Changed(t.SuggestedAction, Before(t.Id)?.SuggestedAction), t.Retire))]);
    }
}

public sealed class TraitRow
{
    public Guid? Id { get; set; }

    public string? Text { get; set; }

    public string? SuggestedAction { get; set; }

    public bool Retire { get; set; }
}
