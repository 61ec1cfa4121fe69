using Aliado.Cli;
using Aliado.Platform;

if (AdminCommands.Handles(args))
{
    return await AdminCommands.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAliado();
var app = builder.Build();
try
{
    await app.PrepareDatabaseAsync();
}
catch (SettingsException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
app.UseAliado();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
