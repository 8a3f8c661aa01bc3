namespace Loyalty.Notification.Api.Apis;

/// <summary>One page of a list, newest first.</summary>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">Items in the whole list.</param>
/// <param name="Items">This page's items, newest first.</param>
public sealed record ResultPage<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);
