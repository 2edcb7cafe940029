/**
 * Hosts of URL shorteners: services whose short links can lead anywhere, so that neither the reader
 * nor a filter sees the destination, and whose reputation every sender using them shares.
 *
 * Source: Apache SpamAssassin `rules/25_url_shortener.cf` (the `url_shortener` list, "list
 * validated 25.05.2022" plus its 2023 additions; commit 27592428e20b of 2024-08-29), Apache License
 * 2.0 — its entries, with one change: `doi.org` is left out, because a DOI link is the citation
 * form publishers and Crossref ask for, not a hidden destination. Added from jsx-email canispam's
 * list: `buff.ly`. A leading dot covers every subdomain (`.page.link`: `app.page.link`).
 * To update: compare with SpamAssassin's file and keep this note in step.
 */
export const urlShortenerHosts: readonly string[] = [
  '0.gp', '0rz.tw', '.1sta.com', '2.gp', '2.ly', '.24ex.com', '.2fear.com', '.2fortune.com', '.2freedom.com',
  '.2hell.com', '.2savvy.com', '.2truth.com', '.2tunes.com', '.2ya.com', '3.ly', '4.gp', '4.ly', '4sq.com',
  '4url.cc', '5.gp', '6.gp', '6.ly', '7.ly', '8.ly', '9.ly', 'afly.co', 'ai6.net', '.alturl.com',
  'alturl.com', 'amzn.com', 'amzn.to', '.antiblog.com', '.app.link', '.arecool.net', 'b.link', 'b23.ru',
  '.bigbig.com', 'binged.it', 'bit.do', 'bit.ly', 'bitly.com', 'bitly.ws', 'bizj.us', 'buff.ly', 'bul.tc',
  'catsnthing.com', 'catsnthings.fun', 'cheapcinema.club', 'chilp.it', 'clck.ru', 'conta.cc', 'crks.me',
  'cutt.ly', 'cutwin.biz', 'cy.tc', 'dai.ly', 'dateing.club', 'db.tt', '.dealtap.com', 'disq.us', 'dlvr.it',
  'doiop.com', '.ebored.com', '.echoz.com', 'eepurl.com', 'fb.me', '.filetap.com', 'fire.to', 'firsturl.de',
  'firsturl.net', 'flic.kr', 'fn.tc', 'fortnight.space', 'fortnitechat.site', 'freegiftcards.co', '.ftn.app',
  'ftp.tc', '.funurl.com', 'g.asia', 'gaming-at-my.best', 'gamingfun.me', 'gdurl.com', 'go.ly', 'goo.gl',
  'goolnk.com', 'gplinks.in', 'gr.tc', 'grabify.link', 'guest.link', 'han.gl', 'hbr.tc', '.headplug.com',
  'headshot.monster', 'heg.tc', 'hellotxt.com', '.hereweb.com', '.hitart.com', 'hop.kz', 'hotshorturl.com',
  'hub.am', 'huff.to', 'hurl.it', 'hyperurl.co', 'imageshare.best', 'ins.tc', 'inx.lv', 'is.gd',
  '.iscool.net', '.isfun.net', 'it2.in', 'j.mp', 'joinmy.site', 'kisa.link', 'ko.tc', 'kod.tc', 'kore.us',
  'kurl.no', 'l.bestsellers.to', 'leancoding.co', 'lnk.sk', 'lnkd.in', 'lnkiy.in', 'locations.quest',
  'lol.tc', 'lovebird.guru', 'lru.jp', 'lukora.cz', 'm2.do', 'm2.tc', '.mirrorz.com', 'ml.tc', 'mmo.tc',
  '.mp3update.com', 'mrte.ch', 'myprivate.pics', 'n9.cl', 'ndurl.com', 'noodshare.pics', 'onion.com',
  'ouo.io', 'ow.ly', 'owl.li', 'oy.tc', 'p.asia', '.page.link', 'partpicker.shop', 'pc.tc', 'pduda.mobi',
  'progaming.monster', 'pubg.tc', 'pvp.tc', 'rb.gy', 'redir.ec', 'rotf.lol', 's.apache.org', 's.free.fr',
  's.id', 'screenshare.pics', 'screenshot.best', 'shar.es', 'shhh.lol', 'shorl.com', '.short.gy',
  'shortn.me', 'shorturl.asia', 'shorturl.at', '.shorturl.com', '.shortz.me', 'shrekis.life', 'simurl.net',
  'slidesha.re', 'smarturl.it', 'smfu.in', 'snip.ly', 'snkr.me', 'sportshub.bar', '.spyw.com', 'sro.tc',
  'stopify.co', 'stpmvt.com', 't.co', 't.ly', 'tcrn.ch', 'tek.link', 'tgr.ph', 'tiny.cc', 'tiny.one',
  'tiny.pl', 'tinylink.in', 'tinyurl.com', 'to.ly', 'trib.al', 'trulove.guru', '.tux.nu', 'tw.tc',
  'twixar.me', 'u.nu', 'u.to', 'ur3.us', 'url.ie', 'urlcut.com', 'urlday.cc', 'urls.im', 'urlz.at',
  'urlzs.com', 'utfg.sk', 'v.gd', '.vze.com', 'wow.link', 'wp.me', 'www.kisa.link', 'www.shrunken.com',
  'x.co', 'x.hypem.com', 'xurl.es', 'yhoo.it', 'yourmy.monster', 'youtu.be', 'z23.ru', 'zurl.ws',
];
