import { Pagination, paginationItems } from "./pagination";

type ListPaginationProps = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  landmarkLabel: string;
};

/** Numbered previous/next links under a paged table; nothing when everything fits on one page. */
export const ListPagination = ({ page, pageCount, hrefFor, landmarkLabel }: Readonly<ListPaginationProps>) =>
  pageCount > 1 ? (
    <Pagination
      previous={page > 1 ? { href: hrefFor(page - 1) } : undefined}
      next={page < pageCount ? { href: hrefFor(page + 1) } : undefined}
      items={paginationItems(page, pageCount, hrefFor)}
      landmarkLabel={landmarkLabel}
    />
  ) : null;
