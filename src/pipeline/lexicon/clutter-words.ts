/**
 * Words of the site furniture around an article (tr, az, en, ru), lower case as `foldCase(…, 'tr')` gives them:
 * share buttons, list labels, counters, notices. Patterns here match a whole short line, never a word in prose.
 */

/** Networks and actions of a share bar ("Facebook | X | WhatsApp", "Поделиться: Telegram VK"). */
export const SHARE_TOKENS: ReadonlySet<string> = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'linkedin',
  'vk',
  'vkontakte',
  'ok',
  'odnoklassniki',
  'одноклассники',
  'вконтакте',
  'instagram',
  'youtube',
  'pinterest',
  'reddit',
  'threads',
  'tiktok',
  'messenger',
  'viber',
  'bluesky',
  'e-posta',
  'eposta',
  'e-mail',
  'email',
  'mail',
  'e-poçt',
  'почта',
  // a bar of icons printed as letters and signs: "Paylaş 𝕏 f in ✉", "Paylaş: f | t | in | WhatsApp"
  '𝕏',
  'f',
  't',
  'in',
  '✉',
  '✉️',
  // the page's own tools beside the networks ("Download PDF (1.2 MB) | Print | Share")
  'download',
  'pdf',
  'print',
  'share',
  'yazdır',
  'indir',
  'çap',
  'yüklə',
  'печать',
  'скачать',
  // a page's code to embed it elsewhere ("Share: Facebook | X | Email | Embed | Copy link", "Встроить карту")
  'embed',
  'встроить',
  'yerləşdir',
  'yerleştir',
])

/** The label of a share bar, with its colon: "Paylaş:", "Haberi paylaş", "Share on", "Поделиться в". */
export const SHARE_LABEL =
  /^(?:(?:haberi|xəbəri|bu\s+haberi)\s+)?(?:paylaş(?:ın)?|bölüş(?:ün)?|share(?:\s+(?:this\s+article|this|on|via))?|поделиться(?:\s+в)?|отправить)(?:\s*:)?\s*/u

/** Whole lines that are buttons: print, copy link, accept cookies, show more. */
export const WIDGET_LINES: ReadonlySet<string> = new Set([
  // a news agency's picture, a video player's buttons, a contacts heading
  'purchase licensing rights',
  'watch on youtube',
  'смотреть на youtube',
  "youtube'da izle",
  'youtube-da izlə',
  '▶ oynat',
  '▶ play',
  '▶ izlə',
  '▶ смотреть',
  'videoyu indir',
  'download video',
  'videonu yüklə',
  'скачать видео',
  'contacts',
  'контакты',
  'iletişim',
  'əlaqə',
  // a search box's placeholder
  'search',
  'search...',
  'search…',
  'ara',
  'ara...',
  'axtar',
  'axtar...',
  'axtarış',
  'поиск',
  'поиск...',
  'поиск по сайту',
  'search the site',
  'search this site',
  'site içi arama',
  'sitede ara',
  'saytda axtarış',
  'найти',
  'paylaş',
  'paylaş:',
  'yazdır',
  'reklam',
  'abone ol',
  'abunə ol',
  'subscribe',
  'подписаться',
  // a reader's account and the paper's edition, beside the subscribe button
  'log in',
  'sign in',
  'giriş yap',
  'üye girişi',
  'daxil ol',
  'qeydiyyat',
  'kayıt ol',
  'üye ol',
  'register',
  'регистрация',
  'войти',
  'вход',
  'подписка',
  'e-gazete',
  'e-paper',
  'bizi izləyin',
  'share',
  'share:',
  'print',
  'download pdf',
  'share this page',
  'share this post',
  'refresh',
  'refresh for latest updates',
  'galeriyi başlat ▶',
  // a gallery's label beside its count of photos ("Fotoqalereya · 10 şəkil")
  'fotoqalereya',
  'qalereya',
  'fotogaleri',
  'foto galeri',
  'photo gallery',
  'gallery',
  'фотогалерея',
  'галерея',
  'galereyanı başlat ▶',
  'pinned',
  'show key events only',
  'email address',
  'more from this author',
  'yazarın diğer yazıları',
  'müəllifin digər yazıları',
  'другие материалы автора',
  'programı dinlemek için tıklayın',
  'tweet',
  'follow us',
  'advertisement',
  // an advert's label, a channel's buttons, a release's contacts' heading
  'sponsored',
  'sponsorlu',
  'sponsorlu içerik',
  'sponsor məzmun',
  'спонсорский материал',
  'партнёрский материал',
  'партнерский материал',
  'открыть в telegram',
  'open in telegram',
  "telegram'da aç",
  'закреплённое сообщение',
  'закрепленное сообщение',
  'pinned message',
  'sabitlenmiş mesaj',
  'sabitlənmiş mesaj',
  'bilgi için:',
  'məlumat üçün:',
  'для справок:',
  'for more information:',
  'media contact:',
  'media contacts:',
  'контакты для сми:',
  'поделиться',
  'поделиться:',
  'реклама',
  'печать',
  'copy link',
  'linki kopyala',
  'bağlantıyı kopyala',
  'скопировать ссылку',
  'accept',
  'accept all',
  'accept cookies',
  'kabul et',
  'kabul ediyorum',
  'tamam',
  'razıyam',
  'qəbul et',
  'qəbul edirəm',
  'принять',
  'принять все',
  'согласен',
  'devamını oku',
  'daha fazla göster',
  'ətraflı',
  'daha çox',
  'load more',
  'show more',
  'показать еще',
  'показать ещё',
  'yorum yap',
  'yorumlar',
  'şərhlər',
  'comments',
  'комментарии',
  'donate',
  'bağış yap',
  'ianə et',
  'поддержать',
  'haberin devamı',
  'xəbərin davamı',
  'continue reading',
  'читать далее',
  'читать больше',
  // a call's or a broadcast's recording: "Listen to the replay"
  'listen to the replay',
  'listen to the recording',
  'watch the replay',
  'kaydı dinleyin',
  'прослушать запись',
  // a story's own tools: save, translate, listen, gift, print; a link past the menus
  'skip to main content',
  'sign up here',
  'sign up here.',
  'skip to content',
  'print this page',
  'print this article',
  'save',
  'translate',
  'listen',
  'gift this article',
  'kaydet',
  'dinle',
  'yadda saxla',
  'dinlə',
  'сохранить',
  'слушать',
  'sesli dinle',
  'səsli dinlə',
  // a vacancy's buttons: apply, save the vacancy
  'откликнуться',
  'сохранить вакансию',
  'başvur',
  'hemen başvur',
  'ilanı kaydet',
  'müraciət et',
  'vakansiyanı yadda saxla',
  'apply',
  'apply now',
  'save job',
  'listen to this article',
  'bu haberi dinle',
  'bu xəbəri dinlə',
  'прослушать статью',
  // an encyclopedia's sidebar, a paper's buttons, a wire's promotion
  'rastgele madde',
  'seçkin içerik',
  'güncel olaylar',
  'bağış yapın',
  'random article',
  'featured content',
  'current events',
  'случайная статья',
  'текущие события',
  'təsadüfi məqalə',
  'cite this paper',
  'cite this article',
  'atıf bilgisi',
  'atıf bilgisi (bibtex)',
  'bibtex',
  "before it's here, it's on the bloomberg terminal.",
  'listen to this story',
  'haberi dinle',
  'xəbəri dinlə',
  'слушать новость',
  'слушать статью',
  // a live page's prompt to reload
  'refresh the page',
  'sayfayı yenileyin',
  'səhifəni yeniləyin',
  'обновите страницу',
])

/** The kinds of list a label opens: links to other stories, a news feed, tags, notices, references. */
type ListKind = 'related links' | 'news-feed list' | 'tags' | 'notices' | 'references'

/** Labels that open a list of links to other stories, a news feed or the tags; compared without a final colon. */
export const LIST_LABELS: ReadonlyMap<string, ListKind> = new Map([
  // an embassy's or a ministry's notices beside its news: sentences, each a notice of its own
  ...[
    'consular notices',
    'consular information',
    'announcements',
    'konsulluq elanları',
    'konsulluq məlumatları',
    'elanlar',
    'konsolosluk duyuruları',
    'duyurular',
    'консульские объявления',
    'консульская информация',
    'объявления',
  ].map((label) => [label, 'notices'] as const),
  ...[
    'digər xəbərlər',
    'oxşar xəbərlər',
    'mövzuya aid',
    'mövzu ilə bağlı',
    'bu mövzuda',
    'oxu həmçinin',
    'həmçinin oxuyun',
    'ən çox oxunanlar',
    'ən çox oxunan',
    'ilgili haberler',
    'benzer haberler',
    'diğer haberler',
    'ilginizi çekebilir',
    'bunlar da ilginizi çekebilir',
    // a recipe page's other recipes
    'bu tarifler de ilginizi çekebilir',
    'benzer tarifler',
    'diğer tarifler',
    'oxşar reseptlər',
    'digər reseptlər',
    'similar recipes',
    'more recipes',
    'похожие рецепты',
    'другие рецепты',
    'çok okunanlar',
    'en çok okunanlar',
    'editörün seçtikleri',
    'related',
    'related news',
    'related content',
    'related articles',
    'more interviews',
    'more transcripts',
    'другие материалы номера',
    'материалы номера',
    'в этом номере',
    'bu sayıda',
    'more analysis',
    'diğer röportajlar',
    'digər müsahibələr',
    'другие интервью',
    'related stories',
    'more news',
    'more stories',
    'read more',
    'read also',
    'also read',
    'see also',
    'you may also like',
    'read next',
    'up next',
    'most read',
    'читайте также',
    'смотрите также',
    'также читайте',
    'по теме',
    'новости по теме',
    'материалы по теме',
    'другие новости',
    'популярное',
    'самое читаемое',
    'рекомендуем',
    'recommended',
    'önerilen haberler',
    'tövsiyə edirik',
    // an author's or a think tank's other pieces
    'related research',
    'related analysis',
    'more from the author',
    'more by this author',
    'yazarın diğer yazıları',
    'yazarın tüm yazıları',
    'müəllifin digər yazıları',
    'müəllifin digər məqalələri',
    'другие материалы автора',
    'другие статьи автора',
    // a column's other questions and answers
    'другие ответы рубрики',
    'другие материалы рубрики',
    'more from this column',
    'more answers',
    'köşenin diğer yazıları',
    'rubrikanın digər yazıları',
  ].map((label) => [label, 'related links'] as const),
  ...[
    'xəbər lenti',
    'son xəbərlər',
    'ən son xəbərlər',
    'en son haberler',
    'son dakika',
    'son haberler',
    'haber akışı',
    'news feed',
    'latest news',
    'latest',
    'лента новостей',
    'новостная лента',
    'последние новости',
  ].map((label) => [label, 'news-feed list'] as const),
  ...[
    'tags',
    'topics',
    'suggested topics',
    'related topics',
    'ilgili konular',
    'əlaqəli mövzular',
    'konular',
    'mövzular',
    'темы',
    'etiketler',
    'teqlər',
    'açar sözlər',
    'anahtar kelimeler',
    'теги',
    'метки',
    'ключевые слова',
    // an encyclopedia's contents and links out, whose items the line rules mostly cut already
    'contents',
    'içindekiler',
    'mündəricat',
    'содержание',
    'ссылки',
    'external links',
    'dış bağlantılar',
    'xarici keçidlər',
    'ayrıca bakınız',
    'həmçinin bax',
  ].map((label) => [label, 'tags'] as const),
  // a page's references or a paper's numbered endnotes ("1 Бюро национальной статистики …", "15 Müəlliflərin
  // hesablamaları …"): sources, whose years and pages are no figures of the story
  ...[
    'references',
    'kaynakça',
    'kaynaklar',
    'istinadlar',
    'mənbələr',
    'примечания',
    'литература',
    'notes',
    'endnotes',
    'sources',
    'dipnotlar',
    'notlar',
    'qeydlər',
    'сноски',
    'источники',
  ].map((label) => [label, 'references'] as const),
])

/** A tag line: a tag label with its list ("Etiketler: Orta Koridor, TITR", "Теги: порт, транзит"). */
export const TAG_LINE =
  /^(?:tags?|topics?|posted\s+in|filed\s+(?:under|in)|categor(?:y|ies)|kategori(?:ler)?|рубрик[аи]|категори[яи]|etiketler|etiket|konular|teqlər|teqler|mövzular|açar\s+sözlər|anahtar\s+kelimeler|теги|метки|темы|ключевые\s+слова|key\s?words|jel(?:\s+(?:codes?|classification|kodları|kodu))?|коды\s+jel|классификация\s+jel)\s*:\s*\S/u

/**
 * One part of a counter line: an id, a release's or a case's number, a view count, a channel's subscribers and files
 * ("Haber ID: 184273", "Press release No. 2025/47", "Case No. ARB 482/25", "Baxış sayı: 2.315", "Просмотров: 1 284",
 * "48,3K подписчиков · 2,1K фото"), a vacancy's responses ("Откликов: 37", "Başvuru sayısı: 214").
 */
export const COUNTER_PART =
  /^(?:(?:haber|xəbər|makale|məqalə|article|news|story|material)\s+(?:id|no|kodu|number)\s*:?\s*[\p{L}\d]{0,8}-[\p{L}\d-]+|\d[\d.,\s]*\s+(?:readers? on this page|reading now|читателей на странице)|\d{1,3}\s+(?:fotoğraf|foto|photos?|şəkil|фото))$|^(?:(?:haber|xəbər|article|news|story|material)\s+(?:id|no|kodu|number)|id(?:\s+(?:материала|новости|статьи))?|baxış\s+sayı|baxış|baxılıb|okunma(?:\s+sayısı)?|görüntülenme|indirme(?:\s+sayısı)?|downloads?|yükləmə(?:\s+sayı)?|скачивани\p{L}*|загрузок|izlenme(?:\s+sayısı)?|izlənmə|hit|oxunub|oxunma(?:\s+sayı)?|views?|просмотр\p{L}*|прочитано|номер\s+новости|comments?|комментари\p{L}*|yorum(?:lar)?|şərhlər|отклик\p{L}*|başvuru(?:\s+sayısı)?|müraciət(?:\s+sayı)?|applicants?)\s*:?\s*\d[\d.,\s]*$|^(?:👁|👀)\s*\d[\d.,\s]*$|^(?:👁️?\s*)?\d[\d.,\s]*\s*(?:views?|kez\s+okundu|baxış|görüntülenme|okunma|oxunma|просмотр\p{L}*)$|^\d[\d.,]*[kкm]?\s+(?:reposts?|retweets?|likes?|repl(?:y|ies)|shares?|quotes?|bookmarks?|beğeni|yanıt|cevap|cavab|retweet|bəyənmə|paylaşım|лайк\p{L}*|репост\p{L}*|ответ\p{L}*)$|^(?:press\s+release|пресс-релиз|basın\s+bülteni|mətbuat\s+buraxılışı)\s*(?:no\.?|№|#|nr\.?|nömrə)\s*:?\s*\d{1,6}(?:[/-]\d{1,6})?$|^\d[\d.,\s]*(?:[kкm]|\s*(?:min|bin|тыс\.|mln|млн))?\s+(?:подписчик\p{L}*|subscribers?|followers?|takipçi|abunəçi|izləyici|фото|видео|ссыл\p{L}*|файл\p{L}*|photos?|videos?|links?|files?)$|^(?:case|dosya|esas|дело)\s*(?:no\.?|№|#|nömrə)\s*:?\s*\p{L}{0,5}\s*\d{1,6}(?:[/-]\d{1,6})?$/u

/** An invitation to comment or a note that there are no comments yet. */
export const COMMENT_PROMPT =
  /(?:ilk\s+yorumu|yorum\s+yapılmamış|yorum\s+yaz(?:ın)?$|yorumunuzu\s+yaz|şərh\s+yaz|ilk\s+şərhi|şərh\s+yoxdur|leave\s+a\s+(?:comment|reply)|no\s+comments\s+yet|be\s+the\s+first\s+to\s+comment|комментариев\s+(?:пока\s+)?нет|оставьте\s+комментарий|оставить\s+комментарий|первым\s+прокомментир|yorum\s+yazmak\s+için\s+giriş|şərh\s+yazmaq\s+üçün\s+daxil|(?:log|sign)\s+in\s+to\s+(?:comment|reply)|войдите,?\s+чтобы\s+(?:оставить\s+)?комментар)/u

/** A cookie notice: a cookie word and at least two of these (the site, using it, a policy, consent, experience). */
export const COOKIE_WORD = /cookie|çerez|kuki|куки/u
export const COOKIE_CONTEXT = [
  /site|sayt|сайт/u,
  /(?<!\p{L})use|kullan|istifadə|использ/u,
  /polic|politika|siyasət|политик/u,
  /accept|agree|consent|kabul|qəbul|razı|соглаш|принять/u,
  /experience|deneyim|təcrübə|улучш|improve|iyileştir|yaxşılaşdır/u,
]

/** A copyright line or a notice on reusing the site's material. */
export const RIGHTS_NOTICE =
  /views expressed (?:in|here)\p{L}* .*(?:author|writer)|мнение автора (?:может )?не (?:всегда )?совпада|yazıdaki görüşler yazar|görüşler yazarın kendisine|müəllifin (?:fikri|mövqeyi) redaksiya|quotes (?:are )?delayed|kısaltılarak yayımlanmaktadır|^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|all\s+rights\s+reserved|creative\s+commons|tüm\s+hakları\s+saklıdır|her\s+hakkı\s+saklıdır|bütün\s+hüquqlar\s+qorunur|все\s+права\s+защищены|istinad\s+(?:mütləqdir|vacibdir|zəruridir)|kaynak\s+gösterilmeden|izinsiz\s+kullanılamaz|ссылка\s.{0,50}обязательна/u

/** A prompt to report a typo ("Нашли ошибку? … Ctrl+Enter", "Hata bildir"). */
export const ERROR_REPORT_PROMPT =
  /ctrl\s*\+\s*enter|нашли\s+ошибку|xəta\s+tapdınız|səhv\s+tapdınız|hata\s+bildir|report\s+(?:an\s+)?(?:error|typo)|found\s+a\s+(?:typo|mistake)/u

/** The label of a contact line: advertising, a phone line, a tip-off line ("Reklam və əməkdaşlıq üçün:"). */
export const CONTACT_LABEL =
  /(?<!\p{L})(?:tel|phone|telefon|телефон|тел|reklam|advertising|реклама|əlaqə|iletişim|contact|контакт|ihbar|hotline|hattı|xətt|faks|fax|whatsapp|call)/u

/**
 * An office's address with its phone: "Редакция: 130000, г. Актау, … Телефон приёмной: 8 (7292) 43-18-07", "Address: …
 * | Tel.: +994 12 …", "Adres: … Tel: …".
 */
export const ADDRESS_WITH_PHONE =
  /^(?:адрес(?:\s+редакции)?|редакция|address|adres|ünvan|head\s+office|merkez)\s*:.{0,160}(?<!\p{L})(?:тел\p{L}*|tel|phone|telefon)\.?(?:\s+\p{L}+)?\s*:?\s*[+\d(]|^.{0,80}(?<!\p{L})(?:mah|cad|sok|küç|ул|пр-т|просп|st|ave)\.\s.{0,100}(?<!\p{L})(?:тел|tel|phone|telefon)\.?\s*:\s*[+\d(]/u

/** "В Жанаозене открылась новая школа на 600 мест (стр. 2)": a printed issue's pointer to a story on another page. */
export const PAGE_POINTER = /\((?:стр|с|p|page|pp|sayfa|səh|səhifə)\.?\s*\d{1,3}\)$/u

/** A pitch for a subscription: a subscriber word with a request to get in touch. */
export const SUBSCRIBER_WORD = /subscri|abone|abunə|подпис/u
/**
 * A newsletter's pitch: it asks for an e-mail address or promises the inbox ("delivered to your inbox", "E-posta
 * adresinizi bırakın", "gelen kutunuzda", "her sabah e-posta kutunuzda", "poçt qutunuza", "на вашу почту"), says how to leave it ("You can unsubscribe"), or how to read
 * an e-mailed issue elsewhere ("View this email in your browser", "Открыть в браузере").
 */
export const NEWSLETTER_PITCH =
  /(?<!\p{L})(?:inbox|your e-?mail(?: address)?|unsubscribe|gelen kutu\p{L}*|e-?posta kutu\p{L}*|(?:e-?)?poçt qutu\p{L}*|e-?posta adres\p{L}*|e-?postan[ıi]z\p{L}*|e-?poçtunuz\p{L}*|abonelikten çık\p{L}*|e-?poçt ünvan\p{L}*|abunəlikdən çıx\p{L}*|почтов\p{L}* ящик\p{L}*|на (?:вашу )?почту|отписаться|(?:want|get) (?:e-?mail )?alerts|(?:view|open|read) (?:this (?:e-?mail|newsletter|issue) )?(?:in|on) (?:your|a|the) (?:web )?browser|forwarded this e-?mail|tarayıcı\p{L}* (?:görüntüle|aç|oku)\p{L}*|brauzerdə (?:bax|aç|oxu)\p{L}*|(?:открыть|смотреть|читать) в браузере|веб-верси\p{L}* (?:письма|рассылки)|(?:вы смотрите|you are viewing|you're viewing) (?:этот|this) (?:канал|channel))(?!\p{L})/u
/**
 * A paywall's pitch: the edition the reader has and the one to buy ("You are reading the free edition. Upgrade to …
 * Pro", "Premium'a geçin", "Premium abunəliyə keçin", "Только для подписчиков"), or a call to act that ends in an
 * arrow drawn in text ("… route alerts ->").
 */
export const PAYWALL_PITCH =
  /(?<!\p{L})(?:free edition|upgrade to (?:[\p{L}-]+ ){0,3}(?:pro|premium|plus)|premium (?:edition|content|subscribers?|plan)|subscribers only|for subscribers|abonelere özel|premium(?:'a|’a)? geç\p{L}*|premium abunə\p{L}*|yalnız abunəçilər\p{L}*|только для подписчиков|оформите подписку|полная версия доступна|subscribe (?:for|from) [$€£]?\d[\d.,]*|first (?:month|\d{1,2} days) free|ilk (?:ay|\d{1,2} gün) ücretsiz|ilk (?:ay|\d{1,2} gün) pulsuz|первый месяц бесплатно|cancel anytime|[$€£]\d[\d.,]* for \d{1,2} (?:weeks|months)|abone\p{L}* özel\p{L}*|abunəçilər\p{L}* üçün)(?!\p{L})|\s(?:->|→)$/u
/**
 * What a paywall promises a subscriber or asks of a reader: the rest of the story, unlimited access ("Subscribe to
 * continue reading", "Haberin devamını okumak için abone olun", "Dijital abonelikle … sınırsız erişin").
 */
export const READ_ON_PROMISE =
  /continue reading|keep reading|read on|unlimited access|devamını oku\p{L}*|sınırsız eriş\p{L}*|davamını oxu\p{L}*|limitsiz (?:çıxış|giriş)\p{L}*|продолжить чтение|дочитать|читать (?:далее|полностью)|неограниченн\p{L}* доступ\p{L}*/u
export const CONTACT_REQUEST =
  /contact\s+us|subscription\s+options|iletişime\s+geç|bizimlə\s+əlaqə|əlaqə\s+saxlayın|свяжитесь|обращайтесь/u

/**
 * An invitation to follow the site, by its imperative at the start or, in Turkish and Azerbaijani word order, at
 * the end: "Follow us on Twitter", "Subscribe to our channel", "Bizi Telegram-da izləyin", "Подписывайтесь на …".
 */
export const FOLLOW_VERB =
  /^(?:follow\s+us|follow|subscribe|sign\s+up|join\s+us|bizi\s+(?:izləyin|takip\s+edin)|takip\s+edin|abone\s+ol(?:un)?|abunə\s+ol(?:un)?|подписывайтесь|присоединяйтесь|читайте\s+нас)(?!\p{L})|(?<!\p{L})(?:paylaşın|paylaş|поделитесь|share)(?=\s*:?\s*t\.me\/)|(?<!\p{L})(?:izləyin|izlə|takip\s+(?:et|edin)|abone\s+olun?|abunə\s+olun?|подписывайтесь)[!.]?$/u
/** What a follow invitation points to: a network, a channel, a newsletter or a handle. */
export const FOLLOW_TARGET =
  /@[\w.]+|t\.me\/\w+|(?<!\p{L})(?:twitter|x|facebook|telegram|instagram|youtube|whatsapp|linkedin|vk|google\s+(?:news|haberler\p{L}*|xəbərlər\p{L}*|новост\p{L}*)|kanal\p{L}*|канал\p{L}*|channel|newsletter|bülten\p{L}*|bülleten\p{L}*|рассылк\p{L}*|дзен\p{L}*|epizod\p{L}*|episodes?|bölüm\p{L}*|подкаст\p{L}*|podcast\p{L}*)(?!\p{L})/u

/**
 * A live page's prompt to reload and a gallery's controls, in a short line of their own: "Refresh the page for the
 * latest updates", "🔴 CANLI · Yeni yazıları görmək üçün səhifəni yeniləyin", "Swipe left or use the arrows to see the
 * next photo", "Sonraki fotoğraf için kaydırın ›", "Galeriyi tam ekran izle ⤢", "Листайте, чтобы увидеть следующее фото".
 */
export const PAGE_CONTROL =
  /(?<![\p{L}])(?:refresh\s+the\s+page|reload\s+the\s+page|səhifəni\s+yeniləyin|sayfayı\s+yenileyin|обновите\s+страницу|swipe\s+(?:left|right|up)|kaydırın|sürüşdürün|листайте|пролистайте|(?:view|watch|open)\s+(?:in\s+)?full\s*screen|tam\s+ekran(?:da)?\s+(?:izle|aç|gör)\p{L}*|tam\s+ekranda\s+bax\p{L}*|на\s+весь\s+экран)(?![\p{L}])/u

/** A "read more" link that is a bare address: "Ətraflı → dehliz.az/az/news/48213", "Подробнее: kapital.kz/…". */
export const READ_MORE_ADDRESS =
  /^(?:ətraflı|daha\s+fazla|devamı|read\s+more|more|подробнее|читать\s+далее)\s*(?:→|»|>|:)\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/u

/** A line that points to one other story: "Читайте также: …", "Oxu həmçinin: …", "Daha çox oxu: …", "Read also: …". */
export const RELATED_LINK =
  /^(?:read\s+(?:also|more)|see\s+also|also\s+read|oxu(?:yun)?\s+həmçinin|həmçinin\s+oxu(?:yun)?|daha\s+çox\s+oxu(?:yun)?|daha\s+fazla(?:sını)?\s+oku(?:yun)?|ayrıca\s+(?:bakınız|okuyun)|bunu\s+da\s+okuyun|(?:bunlar\s+da\s+)?ilginizi\s+çekebilir|you\s+may\s+also\s+like|sizi\s+maraqlandıra\s+bilər|вам\s+может\s+быть\s+интересно|ilgili\s+haber|(?:önceki|sonraki|əvvəlki|növbəti|previous|next|предыдущ\p{L}*|следующ\p{L}*)\s+(?:rapor|sayı|bülten|haber|yazı|hesabat|buraxılış|xəbər|report|issue|edition|episode|story|article|выпуск|номер|обзор|материал|статья)|читайте\s+также|смотрите\s+также|также\s+читайте|по\s+теме)\s*[:–—-]\s*\S/u

/**
 * A photo caption closed by its credit in brackets: "… review a guard of honor in Astana. (AA Photo)", "… resmi
 * törende (Fotoğraf: Azerbaycan Cumhurbaşkanlığı - Anadolu Ajansı)", "… (Фото: пресс-служба)", or after it: "Порт Актау.
 * Фото: пресс-служба Минтранса РК", "… aşırılması. Foto: BiznesGündəmi.az"; a caption opened by its label and closed by
 * a credit ("Photo: Welders at work. © The Caspian Review / R. Guliyev"); a figure's caption with its source ("Figure
 * 1: Proposed route … Source: ECI"); a caption between two "Photograph:" labels, the second the credit.
 */
export const PHOTO_CAPTION =
  /^photograph\s*:.{2,200}photograph\s*:.{2,80}$|\((?:[^()]{0,40}\s)?(?:photo|foto|fotoğraf|фото|şəkil|image|görsel)(?:\s*(?::|by|credit)[^()]{0,100})?\)\s*$|[.!]\s+(?:photo|foto|fotoğraf|фото|şəkil|image|görsel)(?:\s+credit)?\s*:\s*(?:[^.!?]|\.(?=\p{L})){2,80}$|^(?:photo|foto|fotoğraf|фото|şəkil)\s*:\s*.{2,160}(?:©|\/).{2,80}$|^(?:figure|fig\.|chart|graph|map|table|şekil|grafik|tablo|harita|qrafik|cədvəl|xəritə|рисунок|рис\.|график|таблица|карта|инфографика)\s*\d{0,3}\s*[:.]\s+.{2,200}(?:source|kaynak|mənbə|источник)\s*:/u

/**
 * A caption closed by its agency and photographer with no label ("An oil tanker moored at Sangachal. Eurasia
 * Newswire/Rauf Aliyev"): read on the line as written, since the names' capitals tell them from a route ("Baku/Tbilisi").
 */
export const AGENCY_SLASH_CREDIT =
  /[.!]\s+\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}\s?\/\s?\p{Lu}[\p{Ll}.'’-]+(?:\s\p{Lu}[\p{Ll}.'’-]+){1,2}$/u

/** "Kazatomprom/Handout via REUTERS", "Press office via AFP": a picture handed out through an agency. */
export const VIA_AGENCY_CREDIT = /^[\p{L}\s.&/-]{2,60}\svia\s(?:reuters|afp|ap|getty images|anadolu|aa|epa)$/u

/** A photo's credit line: a copyright sign or a photo label ("© Пресс-служба Акорды", "Photo: AA", "Фото: …"). */
export const PHOTO_CREDIT = /^(?:©|(?:photo|photographer|foto|fotoğraf|фото|image|şəkil)(?:\s+credit)?\s*:)/iu

/**
 * A reading time alone on a line: "Okuma süresi: 3 dk", "4 min read", "Время чтения: 5 минут", "Oxu müddəti: 2 dəq",
 * "⏱ 8 мин", or a reader mode's estimate as a range of minutes ("7-9 dakika", "8–10 minutes").
 */
export const READING_TIME_LINE =
  /^(?:(?:⏱\s*)?(?:okuma süresi|okunma|oxuma müddəti|oxu müddəti|oxunma müddəti|oxunma vaxtı|oxu vaxtı|oxumaq üçün|okumak için|(?:estimated\s+)?reading time|время чтения|время прочтения|время на прочтение|время на чтение|чтение)\s*:?\s*\d{1,2}\s*(?:dk|dakika|dəq|dəqiqə|min|mins|minutes|мин|минут\p{L}*)\.?|(?:⏱\s*)?\d{1,2}\s*(?:min|mins|minute|dk|dəq|dakikalık|dəqiqəlik)\.?\s*(?:read|okuma(?:\s+süresi)?|oxu(?:ma)?(?:\s+müddəti)?|oxunuş)|⏱\s*\d{1,2}\s*(?:min|mins|dk|dakika|dəq|dəqiqə|мин|минут\p{L}*)\.?|\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:min|mins|minutes|dk|dakika|dəq|dəqiqə|мин|минут\p{L}*)\.?)$/u
/**
 * Tools and stamps alone on a line: the text-size buttons ("Font size: A A A", "Yazı boyutu A+ A-", "Размер шрифта"),
 * and a bare time, as a live page stamps each of its entries ("15:40").
 */
export const TOOL_OR_STAMP_LINE =
  /^(?:(?:font size|text size|yazı boyutu|yazı tipi boyutu|şrift ölçüsü|mətnin ölçüsü|размер шрифта|размер текста)\s*:?(?:\s*a[+-]?)*|\d{1,2}:\d{2})$/u
/** An update time counted back, alone on a line: "Updated 2 hours ago", "Güncelleme: 5 dakika önce", "Обновлено 3 часа назад". */
export const UPDATED_AGO_LINE =
  /^(?:updated|güncellendi|güncelleme|yenilənib|yeniləndi|обновлено)\s*:?\s*\d{1,3}\s+\p{L}+\.?\s+(?:ago|önce|əvvəl|назад)$/u

/**
 * The notes a page prints around a story, never part of it: disclaimers on prices and opinions, a funder's note, the
 * author's biography, a citation to use, an agency's notice to its subscribers, a flash's "details to follow", and a
 * newsletter's sponsor line, sign-off and "why you get this".
 */
export const EDITORIAL_NOTICE = new RegExp(
  [
    String.raw`not\s+(?:an?\s+)?investment\s+advice|do(?:es)?\s+not\s+constitute\s+an\s+offer|are\s+indicative\s+and\s+based\s+on`,
    String.raw`yatırım\s+tavsiyesi|yatırım\s+danışmanlığı\s+kapsamında\s+değil|bilgi\s+amaçlıdır|investisiya\s+tövsiyəsi|не\s+является\s+(?:инвестиционной\s+)?рекомендаци`,
    // market data's delay: "Piyasa verileri en az 15 dakika gecikmelidir", "Data delayed by 15 minutes"
    String.raw`veriler\p{L}*\s.{0,30}gecikmeli|məlumatlar\p{L}*\s.{0,30}gecikmə\s+ilə|data\s+(?:is\s+|are\s+)?delayed|данные\s.{0,40}с\s+задержкой`,
    // a wire's note on what an update changed: "(Adds comments …, paragraphs 5-8)", "(… eklendi, 5-9. paragraflar)"
    String.raw`^\(.{0,200}(?:paragraph|paragraf|paraqraf|абзац).{0,120}\)$`,
    String.raw`görüşler\p{L}*\s+yazar\p{L}*\s+aittir|fikirlər\s+müəllif\p{L}*\s+aiddir|views\s+are\s+the\s+author|views\s+expressed\s.{0,40}(?:the\s+)?author|мнение\s+автора\s+может\s+не\s+совпадать`,
    // a wire's pointer to its code, a price report's methodology, a release's forward-looking statements, a
    // disclaimer under a transcript or a report
    String.raw`^(?:our\s+standards|methodology|metodoloji|metodologiya|методология|disclaimer|sorumluluk\s+reddi|məsuliyyətdən\s+imtina|отказ\s+от\s+ответственности|forward-looking\s+statements|заявления\s+прогнозного\s+характера|ileriye\s+dönük\s+(?:ifadeler|beyanlar))\s*:`,
    // "Материал подготовлен при поддержке …", "Редакция сохраняет полную независимость": a funder's note
    String.raw`^(?:материал|статья)\s+подготовлен\p{L}*\s+при\s+поддержке|редакция\s+сохраняет\s+(?:полную\s+)?независимость|retains\s+full\s+editorial\s+independence|editorial\s+independence\s+(?:is|was)\s+(?:fully\s+)?(?:retained|maintained)`,
    // a funder's note speaks of the piece itself: "This article was produced with support from …"
    String.raw`^(?=.{0,160}(?:produced|prepared|hazırlan|подготовлен))(?=.{0,160}(?:support|desteğ|destek|dəstəy|dəstək|поддержк))(?:this|bu|данный|этот|эта)\s+(?:article|story|report|piece|yazı|haber|makale|material|məqalə|xəbər|материал|статья)\s|had\s+no\s+influence\s+over\s+(?:its\s+)?content`,
    // a release's notes to editors, an outlet's note that a review's opinions are not its own
    String.raw`^(?:notes?\s+to\s+editors|editörlere\s+not(?:lar)?|redaktorlar\s+üçün\s+qeyd|примечани\p{L}*\s+для\s+редакци\p{L}*)\s*:|могут\s+не\s+совпадать\s+с\s+(?:позицией|мнением)\s+редакции|yayın\s+politika\p{L}*\s+yansıtmayabilir|redaksiyanın\s+mövqeyi\p{L}*\s+.{0,30}bilər`,
    String.raw`^(?:about\s+the\s+author|suggested\s+citation|recommended\s+citation|how\s+to\s+cite|cite\s+as|atıf\s+için|istinad\s+üçün|yazar\s+hakkında|müəllif\s+haqqında|об\s+авторе|для\s+цитирования|credits|emeği\s+geçenler|над\s+выпуском\s+работали)\s*:`,
    // a series' schedule: "… Bülteni her cuma 17.30'da yayımlanır", "The newsletter comes out every Monday"
    String.raw`(?:her|hər|every|каждую|каждый|каждое|по)\s+(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|bazar\s+ertəsi|çərşənbə|cümə|şənbə|bazar|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|hafta|həftə|понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|понедельникам|вторникам|средам|четвергам|пятницам|субботам|неделю)\p{L}*\s.{0,40}(?:yayımlanır|yayınlanır|dərc\s+(?:olunur|edilir)|is\s+published|comes\s+out|goes\s+out)|(?:обзор|рассылк|бюллетен|дайджест|выпуск|подкаст|газет)\p{L}*\s.{0,40}(?:выходит|публикуется)\s+(?:каждую|каждый|каждое|по)\s`,
    // a newsroom's wishes to its readers: "Yeni yılda okurlarımıza sağlık ve bereket dileriz"
    String.raw`(?:okurlarımıza|oxucularımıza|our\s+readers|нашим\s+читателям).{0,80}(?:dileriz|diliyoruz|arzulayırıq|arzu\s+edirik|wish|желаем)`,
    // a rating agency's pointer to its disclaimers
    String.raw`subject\s+to\s+(?:certain\s+)?limitations\s+and\s+disclaimers|read\s+these\s+(?:limitations\s+and\s+)?disclaimers`,
    // a transcript's disclaimer: "This transcript may not be 100% accurate and may contain misspellings"
    String.raw`transcript\s+may\s+not\s+be\s+.{0,20}accurate|may\s+contain\s+(?:misspellings|transcription\s+errors)|стенограмм\p{L}*\s.{0,40}может\s+содержать\s+(?:ошибки|неточности)|deşifre\s.{0,40}hata\p{L}*\s+içerebilir`,
    // a printed paper's notes: a serial's pointers, its print run, its subscription index ("Тираж 8 500 экз.", "Tiraj
    // 150 nüsxə", "Baskı adedi: 500"), a book's format ("Kağız formatı 60x84 1/8")
    String.raw`^начало\s+(?:темы|материала)\s*[–—-]?\s*в\s+номере|продолжение\s+следует\.?$|(?:^|\.\s)тираж\s+\d[\d\s]*\s*экз|(?:^|\.\s)tiraj\s*:?\s+\d[\d\s.]*\s*(?:nüsxə|adet)|(?:^|\.\s)baskı\s+adedi\s*:?\s*\d|(?:^|\.\s)(?:kağız\s+)?format\p{L}*\s+\d{2,3}\s*[x×]\s*\d{2,3}\s+1\/\d{1,2}|^подписной\s+индекс|^(?:continued|to\s+be\s+continued)\s+(?:on|from)\s+page\s+\d|^devamı\s+(?:yarın|sayfa\s+\d)`,
    // an office's notice over its page: "NOTICE: The consular section will not receive visitors on 27–29 May"
    String.raw`^(?:notice|important\s+notice|duyuru|önemli\s+duyuru|elan|объявление)\s*:\s`,
    String.raw`abonelerinin\s+dikkatine|abunəçilərinin\s+nəzərinə|^\(?(?:haberin\s+)?ayrıntıları\s+geliyor\)?$|^\(?details\s+to\s+follow\)?$|^\(?подробности\s+(?:позже|следуют)\)?$`,
    String.raw`you\s+are\s+receiving\s+this\s+(?:e-?mail|newsletter)|reply\s+to\s+this\s+e-?mail|that's\s+all\s+for\s+(?:this\s+(?:week|issue)|today)|(?:^|\s)(?:bu\s+günlük\s+bu\s+qədər|bugünlük\s+bu\s+kadar|на\s+сегодня\s+(?:это\s+)?вс[её])(?![\p{L}])|^(?:presented|sponsored|brought\s+to\s+you)\s+by\s|^(?:sponsored|sponsorlu(?:\s+içerik)?|sponsor\s+məzmun|партн[её]рский\s+материал|спонсорский\s+материал|на\s+правах\s+рекламы)\s*:|forward\s+(?:it|this(?:\s+(?:e-?mail|newsletter|issue))?)\s+to\s+a\s+(?:colleague|friend)|enjoyed\s+this\s+(?:issue|newsletter|e-?mail)|вы\s+получили\s+это\s+письмо|bu\s+e-?postayı\s+.{0,40}aldınız`,
  ].join('|'),
  'u',
)

/**
 * A press release's label over its headline, maybe with its number: "PRESS RELEASE No. 07/2026", "FOR IMMEDIATE
 * RELEASE", "BASIN BÜLTENİ", "Bülten No: 2026/41", "Mətbuat relizi", "PRESS-RELİZ", "Пресс-релиз № 14".
 */
export const PRESS_RELEASE_LABEL =
  /^(?:(?:press|news|media)\s+release|for\s+immediate\s+release|basın\s+(?:bülteni|duyurusu|açıklaması)|bülten|mətbuat\s+(?:buraxılışı|relizi|xəbəri)|press[\s-]?reliz|пресс-релиз|информационное\s+сообщение)(?:\s*(?:no\.?|№|#|nr\.?|nömrə|sayı)\s*:?\s*\d{1,6}(?:[/-]\d{1,6})?)?$/u
