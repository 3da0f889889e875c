import { CODE_LIST_IDS, codeListPage, codeListsPage } from "./code-list-pages.js";
import { homePage } from "./home-page.js";
import { mappingPage } from "./mapping-page.js";
import { modelPage } from "./model-page.js";
import { objectPage } from "./object-page.js";
import type { Page, PageContext } from "./page.js";
import { profilePage } from "./profile-page.js";
import { profilesPage } from "./profiles-page.js";
import { MAPPED_STANDARDS } from "./routes.js";
import { rulesPage } from "./rules-page.js";

/** Every page of one language; each language has the same pages at the same paths. */
export function sitePages(ctx: PageContext): Page[] {
  return [
    homePage(ctx),
    modelPage(ctx),
    ...ctx.model.objects.map((object) => objectPage(ctx, object)),
    codeListsPage(ctx),
    ...CODE_LIST_IDS.map((id) => codeListPage(ctx, id)),
    ...MAPPED_STANDARDS.map((standard) => mappingPage(ctx, standard)),
    rulesPage(ctx),
    profilesPage(ctx),
    ...ctx.profiles.map((entry) => profilePage(ctx, entry)),
  ];
}
