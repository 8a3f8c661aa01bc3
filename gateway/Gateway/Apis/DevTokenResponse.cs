namespace Loyalty.Gateway.Apis;

public sealed record DevTokenResponse(string AccessToken, string TokenType, int ExpiresIn, string Role, string Subject);
