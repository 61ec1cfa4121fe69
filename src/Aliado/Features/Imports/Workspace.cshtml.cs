using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Imports;

/// <summary>Move a whole workspace here from its document: only an owner, only into an empty workspace.</summary>
[RequestSizeLimit(ImportsApi.MaxFileBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportsApi.MaxFileBytes)]
public sealed class WorkspaceModel(CurrentWorkspace workspace, WorkspaceImport import, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A document with more errors than this is better mended from the API's full list.</summary>
    public const int ShownErrors = 20;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public bool IsOwner => workspace.CanManageMembers;

    public bool IsEmpty { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<(string Place, string Message)> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        IsEmpty = await import.IsEmptyAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        IsEmpty = await import.IsEmptyAsync(cancellationToken);
        if (!IsOwner || !IsEmpty)
        {
            return Page();
        }
        if (Upload is null || Upload.Length == 0)
        {
            Error = localizer["import.workspace-no-file"];
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        switch (await import.RunAsync(workspace.Id, stream, cancellationToken))
        {
            case Outcome<WorkspaceImportDto>.Done done:
                TempData["Flash"] = localizer["cli.import-workspace-done", done.Value.People, done.Value.Organizations, done.Value.Relationships, done.Value.Lessons].Value;
                return Redirect("/");
            case Outcome<WorkspaceImportDto>.Unusable unusable:
                Error = localizer["cli.import-workspace-refused"];
                Problems = [.. unusable.Errors.Take(ShownErrors).Select(e => (e.Field, localizer.Describe(e)))];
                return Page();
            case Outcome<WorkspaceImportDto>.Refused refused:
                Error = localizer[refused.MessageKey, refused.Arguments];
                IsEmpty = false;
                return Page();
            case var other:
                throw new InvalidOperationException($"Unexpected {other}");
        }
    }
}
