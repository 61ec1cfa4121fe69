using System.CommandLine;
using Aliado.Data;
using Aliado.Exchange.Contacts;
using Aliado.Features.Imports;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Cli;

/// <summary><c>aliado import people FILE --workspace …</c>: the web import, from a terminal, with a progress line.</summary>
public static class ImportCommand
{
    public static Command Build(IServiceProvider services, IStringLocalizer text, TextWriter output, TextWriter error, Func<IServiceProvider, CancellationToken, Task> requireCurrentSchema)
    {
        var file = new Argument<FileInfo>("FILE") { Description = text["cli.import-file"] };
        var workspace = new Option<string>("--workspace") { Description = text["cli.import-workspace"], Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = text["cli.import-dry-run"] };
        var people = new Command("people", text["cli.import-people"]) { file, workspace, dryRun };
        people.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                await error.WriteLineAsync(text["cli.import-no-file", path.FullName]);
                return 1;
            }
            await using var scope = services.CreateAsyncScope();
            if (await EnterAsync(scope.ServiceProvider, parse.GetRequiredValue(workspace), text, error, requireCurrentSchema, cancellationToken) is not { } workspaceId)
            {
                return 1;
            }
            await using var stream = path.OpenRead();
            try
            {
                var progress = new InlineProgress<(int Done, int Total)>(p => error.Write($"\r{text["cli.import-progress", p.Done, p.Total]}"));
                var summary = await scope.ServiceProvider.GetRequiredService<PeopleImport>()
                    .RunAsync(workspaceId, ContactFile.Open(stream), parse.GetValue(dryRun), progress, cancellationToken);
                await error.WriteLineAsync();
                await output.WriteLineAsync(text[parse.GetValue(dryRun) ? "cli.import-would" : "cli.import-done", summary.Format, summary.Created, summary.Merged, summary.Skipped.Count]);
                return 0;
            }
            catch (ContactFileException refused)
            {
                await error.WriteLineAsync(ImportsApi.Explain(text, refused));
                return 1;
            }
        });
        return new Command("import", text["cli.import"]) { people, Workspace(services, text, output, error, requireCurrentSchema) };
    }

    /// <summary><c>aliado import workspace FILE --workspace …</c>: a whole-workspace document into an empty workspace.</summary>
    private static Command Workspace(IServiceProvider services, IStringLocalizer text, TextWriter output, TextWriter error, Func<IServiceProvider, CancellationToken, Task> requireCurrentSchema)
    {
        var file = new Argument<FileInfo>("FILE") { Description = text["cli.import-workspace-file"] };
        var workspace = new Option<string>("--workspace") { Description = text["cli.import-workspace"], Required = true };
        var command = new Command("workspace", text["cli.import-workspace-command"]) { file, workspace };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                await error.WriteLineAsync(text["cli.import-no-file", path.FullName]);
                return 1;
            }
            await using var scope = services.CreateAsyncScope();
            if (await EnterAsync(scope.ServiceProvider, parse.GetRequiredValue(workspace), text, error, requireCurrentSchema, cancellationToken) is not { } workspaceId)
            {
                return 1;
            }
            await using var stream = path.OpenRead();
            switch (await scope.ServiceProvider.GetRequiredService<WorkspaceImport>().RunAsync(workspaceId, stream, cancellationToken))
            {
                case Platform.Outcome<WorkspaceImportDto>.Done done:
                    var counts = done.Value;
                    await output.WriteLineAsync(text["cli.import-workspace-done", counts.People, counts.Organizations, counts.Relationships, counts.Lessons]);
                    return 0;
                case Platform.Outcome<WorkspaceImportDto>.Unusable unusable:
                    await error.WriteLineAsync(text["cli.import-workspace-refused"]);
                    foreach (var problem in unusable.Errors)
                    {
                        await error.WriteLineAsync($"  {problem.Field}: {Platform.Localization.Describe(text, problem)}");
                    }
                    return 1;
                case Platform.Outcome<WorkspaceImportDto>.Refused refused:
                    await error.WriteLineAsync(text[refused.MessageKey, refused.Arguments]);
                    return 1;
                case var other:
                    throw new InvalidOperationException($"Unexpected {other}");
            }
        });
        return command;
    }

    /// <summary>
    /// Brings the database up to date and scopes <paramref name="services"/> to the named workspace; null,
    /// with the sentence written, when no workspace answers to that name.
    /// </summary>
    public static async Task<Guid?> EnterAsync(IServiceProvider services, string named, IStringLocalizer text, TextWriter error, Func<IServiceProvider, CancellationToken, Task> requireCurrentSchema, CancellationToken cancellationToken)
    {
        await requireCurrentSchema(services, cancellationToken);
        if (await WorkspaceAsync(services, named, cancellationToken) is not { } workspaceId)
        {
            await error.WriteLineAsync(text["cli.import-no-workspace", named]);
            return null;
        }
        services.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        return workspaceId;
    }

    /// <summary>A workspace named by its id, or by the e-mail of the account whose personal workspace it is.</summary>
    private static async Task<Guid?> WorkspaceAsync(IServiceProvider services, string named, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(named, out var id))
        {
            return await services.GetRequiredService<AliadoDbContext>().Workspaces.AnyAsync(w => w.Id == id, cancellationToken) ? id : null;
        }
        return (await services.GetRequiredService<UserManager<AliadoUser>>().FindByEmailAsync(named.Trim()))?.PersonalWorkspaceId;
    }
}

/// <summary>
/// Reports on the caller's thread, in order. The framework's Progress&lt;T&gt; posts to the thread pool,
/// so a late report could land after the summary, or on a writer already closed.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
