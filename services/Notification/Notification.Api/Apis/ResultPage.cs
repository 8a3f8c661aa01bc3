namespace Loyalty.Notification.Api.Apis;

/// <summary>One page of a list, newest first.</summary>
public sealed record ResultPage<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);
