// Route handlers take their ids from Next's typed `params`, the dynamic segments of their own
// folder ([id], [jobId], …), not by cutting up request.url: the folder name is the contract, so
// moving a route cannot silently make it read the wrong part of the path.
export type RouteParams<K extends string> = { params: Promise<Record<K, string>> };
