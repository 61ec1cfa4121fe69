namespace Aliado.Tests.Browser;

[CollectionDefinition(BrowserSession.Collection)]
public sealed class OneBrowserAtATime;
