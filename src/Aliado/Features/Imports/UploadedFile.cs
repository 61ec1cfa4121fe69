namespace Aliado.Features.Imports;

/// <summary>An uploaded file kept in a temporary file while it is read (twice), and gone when closed.</summary>
public static class UploadedFile
{
    public static async Task<FileStream> CopyAsync(Stream source, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"aliado-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await source.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
