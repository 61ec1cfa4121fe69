using Aliado.Data;
using Aliado.Exchange.Contacts;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Imports;

/// <summary>Bring people in from a contacts file: upload, see what will happen, then confirm.</summary>
[EditorsOnlyPage]
[RequestSizeLimit(ImportsApi.MaxFileBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportsApi.MaxFileBytes)]
public sealed class PeopleModel(AliadoDbContext db, CurrentWorkspace workspace, PeopleImport import, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid? PendingId { get; set; }

    public string? FileName { get; private set; }

    public ImportSummary? Preview { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = $"{localizer["import.reason.empty"]} {localizer["import.formats"]}";
            return Page();
        }
        using var content = new MemoryStream();
        await Upload.CopyToAsync(content, cancellationToken);
        try
        {
            content.Position = 0;
            Preview = await import.RunAsync(workspace.Id, ContactFile.Open(content), dryRun: true, progress: null, cancellationToken);
        }
        catch (ContactFileException refused)
        {
            Error = ImportsApi.Explain(localizer, refused);
            return Page();
        }
        var pending = new PendingImport { WorkspaceId = workspace.Id, UserId = workspace.UserId!, FileName = Path.GetFileName(Upload.FileName), Content = content.ToArray() };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        (PendingId, FileName) = (pending.Id, pending.FileName);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var pending = await db.PendingImports.FirstOrDefaultAsync(p => p.Id == PendingId && p.UserId == workspace.UserId, cancellationToken);
        if (pending is null)
        {
            Error = localizer["import.expired"];
            return Page();
        }
        using var content = new MemoryStream(pending.Content, writable: false);
        var done = await import.RunAsync(workspace.Id, ContactFile.Open(content), dryRun: false, progress: null, cancellationToken);
        await db.PendingImports.Where(p => p.Id == pending.Id).ExecuteDeleteAsync(cancellationToken);
        TempData["Flash"] = localizer["import.done", done.Created, done.Merged, done.Skipped.Count].Value;
        return Redirect("/people");
    }
}
