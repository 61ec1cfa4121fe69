using Aliado.Cli;
using Aliado.Platform;
using Microsoft.Extensions.Options;

if (AdminCommands.Handles(args))
{
    return await AdminCommands.RunAsync(args, Console.Out, Console.Error);
}

// Settings that cannot work (Database, Email, Backup, Telemetry…) stop the app with one sentence each, before it serves anyone.
static int Refuse(Exception settings)
{
    Console.Error.WriteLine(settings is OptionsValidationException invalid ? string.Join(" ", invalid.Failures) : settings.Message);
    return 2;
}

var builder = WebApplication.CreateBuilder(args);
WebApplication app;
try
{
    builder.AddAliado();
    app = builder.Build();
}
catch (Exception e) when (e is SettingsException or OptionsValidationException)
{
    return Refuse(e);
}
try
{
    await app.PrepareDatabaseAsync();
}
catch (Exception e) when (e is SettingsException or OptionsValidationException)
{
    return Refuse(e);
}
catch (Exception e) when (Aliado.Data.StorageFaults.IsStorageFault(e))
{
    // One sentence for whoever started it, not a stack trace.
    var text = app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Aliado.SharedResource>>();
    await Console.Error.WriteLineAsync(text["startup.storage", e.GetBaseException().Message]);
    return 3;
}
StartupWarnings.Log(app);
app.UseAliado();
try
{
    await app.RunAsync();
}
catch (OptionsValidationException e)
{
    return Refuse(e);
}
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
