"""Furniture by class (issue 12, point 4), on lines written for this test: for every class, many
phrasings that different news sites print leave the body under a rule of that class and stay in
the removal log; sentences of an article that share words with furniture ("cookies", "share",
"subscribe", "print") stay. The lines are not taken from any page of tests/realpages."""

from __future__ import annotations

import pytest

from helpers import lexicon
from helpers.cleaning import clean

LEAD = "The officials met on Monday and discussed the returnees. They agreed on a plan."
CLOSE = "Three of the officials said the plan would take two years to carry out in full."


def _page(*lines: str) -> str:
    return "\n\n".join(["Officials meet in Astana to talk about returnees", "By John Doe", LEAD,
                        *lines, CLOSE]) + "\n"


SKIP_LINKS = (
    'Skip to main content', 'Skip to content', 'Skip to navigation', 'Skip to search',
    'Skip to footer', 'Skip to main navigation', 'Jump to navigation', 'Skip navigation',
    'Skip links', 'Accessibility links', 'Accessibility help', 'Go to main content',
    'Skip to primary navigation', 'Skip to sidebar', 'Перейти к содержанию',
    'Версия для слабовидящих', 'Toggle navigation', 'Close menu', 'Open menu', 'Toggle search',
    'Search for:', 'Press Enter to search', 'Skip to Main Content', 'Skip to the main content',
    'Accessibility statement', 'Skip Ad',
)
APPEALS = (
    'Support our journalism', 'Donate', 'Donate now', 'Make a donation', 'Become a member',
    'Support us', 'Support independent journalism', 'Subscribe now',
    'Already a subscriber? Log in', 'Get unlimited access', 'Subscribe to continue reading',
    'You have reached your limit of free articles.', 'This article is for subscribers only.',
    'Become a subscriber', 'Start your free trial', 'Support us on Patreon',
    'We rely on readers like you to fund our journalism.',
    'Please consider making a contribution today.', 'Already have an account? Sign in',
    'Create a free account', 'Subscribe to our newsletter', 'Sign up for our newsletter',
    'Get the latest news delivered to your inbox', 'Sign up to receive our daily newsletter',
    'Subscribe to our YouTube channel', 'Join our WhatsApp channel', 'Give now',
    'Your support helps us to tell the story', 'Support the Guardian',
    'Independent journalism needs your support. Donate today.',
    'Subscribe to our Telegram channel for the latest updates', 'Поддержите нас',
    'Подпишитесь на нашу рассылку', 'Subscribe for full access', 'Log in to continue reading',
    'Register for free to continue reading', 'Enter your email address to subscribe',
    'Download our app', 'Get the app', 'Download the Example News app',
    'Available on the App Store', 'Get it on Google Play', 'Read in app',
    'Install our app for the latest news', 'Newsletter', 'Get our daily newsletter', 'Sign up',
    'Subscribe',
)
SHARE = (
    'Share', 'Share this', 'Share this article', 'Share on Facebook', 'Share on Twitter',
    'Share via Email', 'Tweet', 'Email', 'Share the news:', 'Share this story:', 'Share:',
    'SHARE', 'Copy link', 'Link copied', 'Pin it', 'Share on WhatsApp', 'Поделиться',
    'Поделиться в соцсетях', 'Facebook Twitter Pinterest LinkedIn Email', 'Share via',
    'Share 0', 'Tweet 0', '0 Shares', 'Share on X', 'Share to Facebook', 'SHARE THIS ARTICLE',
    'Share this with', 'Email this article', 'Facebook Twitter Email Print',
)
FOLLOW = (
    'Follow us on Twitter', 'Follow us on Facebook', 'Like us on Facebook',
    'Follow us on Google News', 'Follow Example News on Instagram', 'Stay connected',
    'Connect with us', 'Find us on Facebook', 'Follow us:', 'Follow us on social networks',
    'Follow us on social media', 'Follow', 'Join us on Telegram',
    'Подписывайтесь на нас в Telegram', 'Follow her on Twitter @janeroe',
    'Follow him on Twitter', 'Follow the author',
)
PRINT_CONTROLS = (
    'Print', 'Print this page', 'Print article', 'Printer-friendly version', 'Print version',
    'Print Friendly, PDF & Email', 'Download PDF', 'Font size', 'Text size', 'A A A', 'A+ A-',
    'Increase font size', 'Decrease font size', 'Listen to article', 'Listen to this article',
    'Font size: A A A', 'Save article', 'Bookmark', 'Save for later', 'Версия для печати',
    'Listen', 'Listen to this story',
)
PREVIOUS_NEXT = (
    'Previous', 'Next', 'Previous article', 'Next article', '« Previous', 'Next »',
    'Older post', 'Newer post', 'Previous post', 'Next post', '← Previous Post', 'Next Post →',
    'Previous story', 'Next story', 'Previous: Floods close the mountain road',
    'Next: Floods close the mountain road', 'Back to top', 'Back to home', 'Go back',
    'Back to news', '← Back', 'Previous Article Floods close the mountain road',
    'Next Article Floods close the mountain road', 'Предыдущая статья', 'Следующая новость',
    'Up next: Floods close the mountain road', 'Return to top',
)
LEGAL = (
    'All rights reserved.', '© 2019 Example Media. All rights reserved.',
    'Copyright 2019 The Associated Press. All rights reserved. This material may not '
    'be published, broadcast, rewritten or redistributed.',
    '© Copyright 2019', '©2019 Example Media', '(c) 2019 Example Media', 'Terms of Use',
    'Privacy Policy', 'Terms & Conditions', 'Cookie Policy', 'Disclaimer', 'Legal notice',
    'Editorial policy',
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy.',
    'The views expressed are those of the author and do not necessarily reflect the '
    'views of Example News.',
    'Opinions expressed by contributors are their own.',
    'Reproduction without permission is prohibited.',
    'При использовании материалов ссылка обязательна', 'Перепечатка запрещена',
    'Все права защищены', 'Republish this article', 'Licensed under CC BY 4.0', 'Privacy',
    'Terms', 'Do not sell my personal information', 'AdChoices',
    'Example News is not responsible for the content of external sites.',
    'Мнение редакции может не совпадать с мнением автора',
    "Example TV's website can also be accessed at the following alternate addresses:",
    'Copyright © Example Media 2019', '© Example Media, 2019',
    'Privacy Policy | Terms of Use | Contact',
    'This article was originally published by Example News.',
    'Originally published at example.com',
)
RELATED = (
    'Top trending', 'Trending', 'Trending now', 'Most read', 'Most popular', 'Most viewed',
    'Most shared', 'Popular', 'Related', 'Related articles', 'Related stories', 'Read more',
    'Read more: Floods close the mountain road', 'READ MORE: Floods close the mountain road',
    'Also read: Floods close the mountain road', 'Read also: Floods close the mountain road',
    'See also', 'More from Example News', 'More on this story', 'More stories',
    'You may also like', 'Recommended', "Editor's picks", 'Top stories', 'Latest news',
    'Latest', 'What to read next', "Don't miss", 'Must read', 'In case you missed it',
    'Featured', 'Read next', 'Most read in World', 'Top News', 'Headlines', 'More in Politics',
    'Related Topics', 'Watch next', 'News Line', 'Читайте также', 'Самое читаемое',
    'Материалы по теме', 'Все новости', 'Лента новостей',
    'READ: Floods close the mountain road', 'RELATED: Floods close the mountain road',
    'Related: Floods close the mountain road', 'Also on Example News: Floods close the road',
    'Hot topics', 'Breaking news', 'Latest headlines', 'More news',
)
COMMENTS = (
    'Leave a Reply', 'Leave a Reply Cancel reply', 'Leave a comment', 'Comments', '0 Comments',
    'No comments yet', 'Be the first to comment', 'Post a comment', 'Add comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *',
    'Name *', 'Email *', 'Website', 'Post Comment', 'Notify me of follow-up comments by email.',
    'Notify me of new posts by email.', 'Log in to comment',
    'You must be logged in to post a comment.', 'Comments are closed.', 'View comments',
    'Show comments (12)', '12 comments', 'Join the conversation', 'Comment on this article',
    'Reply', 'Report abuse', 'comments powered by Disqus',
    'Please enable JavaScript to view the comments powered by Disqus.',
    'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
    'Комментарии (0)', 'Добавить комментарий', 'Оставить комментарий', 'Leave a review',
    'Be the first to comment on this article', 'Discussion', 'Add your comment',
)
AUTHOR_BOXES = (
    'About the author', 'View all posts by Jane Roe', 'More by this author',
    'More articles by Jane Roe', 'Email the author', 'Contact the author',
    'Jane Roe can be reached at jroe@example.com.', 'Jane Roe is on Twitter at @janeroe',
    'Follow Jane Roe on Twitter', 'See all articles by Jane Roe', 'Author profile',
    'Email: jroe@example.com', 'Twitter: @janeroe', 'jroe@example.com',
)
CAPTIONS = (
    '(AP Photo/Jane Roe)', 'Photo: AFP', 'Image: Getty Images', 'Photo: Reuters/Jane Roe',
    '[Photo: Reuters]', 'Women wait at the camp gate. [AFP]',
    'Women wait at the camp gate (Photo: AFP)',
    'Women wait at the camp gate. Photo: Jane Roe/Reuters', 'Photo credit: Jane Roe',
    'Credit: Jane Roe/Reuters', 'Image copyright Getty Images', 'Getty Images',
    'AFP/Getty Images', 'REUTERS/Jane Roe', 'Jane Roe / AFP', 'EPA-EFE/JANE ROE',
    'Photograph: Jane Roe/AP', '(Photo by Jane Roe/Getty Images)', 'Shutterstock',
    'Illustrative image', 'File photo', 'Фото: РИА Новости', 'Фото: AFP', 'Фото из архива',
    'Иллюстративное фото', 'Photo courtesy of the ministry', 'Handout', 'Screenshot',
    'Image via Twitter', 'Enlarge this image', 'toggle caption', 'hide caption',
    'Photo 1 of 12', '1 of 5',
    'Women wait at the camp gate in Al-Hol, Syria, on March 5, 2019. (AP Photo/Jane Roe)',
    'Women wait at the camp gate. Photo: AFP',
    'Women wait at the camp gate. Image: Example News', 'Photo: Jane Roe for Example News',
    'Picture: AFP', 'Illustration: Example News', 'Photo/Handout', 'AFP Photo',
    'Women wait at the camp gate. REUTERS/Jane Roe',
    'Women wait at the camp gate. (Photo by Jane Roe/AFP)', 'File image',
    'Representational image', 'Representational picture',
)
COOKIES = (
    'We use cookies to ensure that we give you the best experience on our website.',
    'This website uses cookies to improve your experience.',
    'By using this site, you agree to our use of cookies.', 'Accept', 'Accept cookies',
    'I accept', 'OK', 'Got it!', 'Learn more', 'Cookie settings', 'Manage preferences',
    'Allow all', 'Reject all', 'We value your privacy',
    'This site uses cookies. By continuing to browse the site you are agreeing to '
    'our use of cookies.',
    'Мы используем файлы cookie', 'Сайт использует файлы cookie для улучшения работы.',
    'We and our partners use cookies to personalise content and ads.',
    'This website uses cookies',
    'Our site uses cookies. Learn more about our use of cookies: cookie policy', 'I agree',
    'Accept and close',
)
MENUS = (
    'Home / News / World', 'Home » World » Middle East', 'You are here: Home > News', 'Home',
    'Menu', 'Main menu', 'Sections', 'Navigation', 'News / More', 'Home | World | Politics',
    'Главная', 'Новости', 'Главная / Новости / В мире', 'World', 'Search', 'Log in', 'Sign in',
    'Register', 'Contact us', 'About us', 'Advertise with us', 'Home › News › World',
)
TAGS = (
    'Tags: Syria, Iraq, returnees', 'Topics: Syria, Iraq', '#Syria #Iraq #returnees',
    'Filed under: World', 'Keywords: Syria, Iraq', 'Теги: Сирия, Ирак',
    'Categories: World, Middle East', 'Posted in World', 'Tags Syria Iraq', 'TAGS', 'Tags:',
)
ADVERTS = (
    'Advertisement', 'ADVERTISEMENT', 'Advertisement - scroll to continue', 'Sponsored',
    'Promoted', 'Paid content', 'Partner content', 'Scroll to continue with content',
    'Content continues below', 'Реклама', 'Ad', 'AD', 'Advertisement Advertisement',
    'Sponsored content', 'Story continues below advertisement', 'Article continues below',
)
CLICK_HERE = (
    'Click here', 'Click here to read more', 'Click here for more', 'Click here to subscribe',
    'Tap here to see the full story', 'For more news, click here',
    'Click here for the latest news', 'Click to enlarge', 'Click the image to enlarge',
)
IMAGE_SIZES = (
    '1200x800', 'Image size: 640 x 480', '800 × 533 px', '(1.2 MB)', 'Download image',
    'View image in full screen', '800 x 533', '640×480',
)
TIMES = (
    '5 min read', '3 minute read', 'Reading time: 4 minutes', '2 hours ago',
    'Updated 2 hours ago', 'Yesterday', 'Just now', '5 mins ago', '1 day ago',
    'Published 3 hours ago', 'Last updated 2 hours ago', '10:32', '14:05 GMT', '3 min',
    'Updated 10:32 AM', '4 minutes ago', '15 минут назад', '2 часа назад', 'Вчера', 'Сегодня',
    'Time to read: 3 min', 'Read time: 3 minutes',
)
COUNTERS = (
    '1,234 views', 'Views: 1234', '1.2K shares', '12 Comments', 'Просмотров: 1234',
    '342 views 12 comments', '0 likes',
)

# class -> (its lines, the rules that may take them)
CLASSES = {
    'skip_link': (SKIP_LINKS, ('skip_link', 'navigation_menu', 'widget', 'legal_notice')),
    'appeal': (APPEALS, ('appeal', 'newsletter', 'app_prompt', 'widget')),
    'share': (SHARE, ('share_widget', 'widget', 'counter', 'other_script_interface')),
    'follow': (FOLLOW, ('social_follow', 'share_widget', 'widget', 'appeal')),
    'print': (PRINT_CONTROLS, ('print_controls', 'widget')),
    'prev_next': (PREVIOUS_NEXT, ('prev_next', 'widget')),
    'legal': (LEGAL, ('legal_notice', 'site_notice', 'photo_credit', 'navigation_menu')),
    'related': (RELATED, ('related_headlines', 'taxonomy', 'widget', 'navigation_menu', 'banner',
                          'other_script_interface')),
    'comment': (COMMENTS, ('comment_form', 'widget', 'appeal')),
    'bio': (AUTHOR_BOXES, ('author_bio', 'social_follow', 'byline (moved to author)')),
    'caption': (CAPTIONS, ('photo_caption', 'photo_credit', 'embed_code')),
    'cookie': (COOKIES, ('cookie_notice', 'legal_notice')),
    'menu': (MENUS, ('navigation_menu', 'widget', 'appeal')),
    'tags': (TAGS, ('taxonomy',)),
    'advert': (ADVERTS, ('advert',)),
    'click': (CLICK_HERE, ('click_here', 'widget', 'photo_caption')),
    'image_size': (IMAGE_SIZES, ('image_size', 'numbers_only')),
    'timestamp': (TIMES, ('reading_time', 'time_stamp', 'numbers_only')),
    'counts': (COUNTERS, ('counter', 'comment_form')),
}
CASES = [(cls, line) for cls, (lines, _) in CLASSES.items() for line in lines]


@pytest.mark.parametrize(("cls", "line"), CASES)
def test_each_phrasing_of_each_class_leaves_the_body_and_is_logged(cls, line):
    art = clean(_page(line))
    assert art.paragraphs == [LEAD, CLOSE]
    rules = {r.rule for r in art.removed if line in r.text or r.text in line}
    assert rules and rules <= set(CLASSES[cls][1]), (line, rules)


def test_every_class_has_several_phrasings():
    assert all(len(lines) >= 5 for lines, _ in CLASSES.values())


NEAR_MISSES = [
    'Print media in the region reported the verdict on Tuesday, officials said.',
    'Next year the government plans to bring home another 40 women from the camps.',
    'Accessibility of the courts remains a problem for families, lawyers say.',
    'Cookies and sweets were handed out to the children who landed in Aktau.',
    'The site uses cookies, a rights group said, to track visitors from the camps.',
    'Subscribers to the channel said 40 women had been freed.',
    'Families were asked to subscribe to a hotline run by the ministry.',
    'Donations to the camp fell by half, the charity said.',
    'Share prices fell after the ministry said 300 people had left.',
    "He did not share the ministry's view that 40 women had returned.",
    'About 20 people shared the video on Facebook, Twitter and Telegram before it was removed.',
    'Comments by the minister angered families of the 40 women.',
    'The photo was taken by a relative of one of the women in the camp.',
    'Related charges were filed against 12 men, the prosecutor said.',
    'Most read the ruling as a warning to the 300 men who had left.',
    'Trending videos showed 12 men in the camp, police said.',
    'Previous attempts to bring home the 40 women failed, officials said.',
    'Next to the camp stood a clinic for 200 children.',
    'Follow-up checks found 12 more men in the camp, officials said.',
    'Terms of the deal were not disclosed, the ministry said.',
    'Privacy concerns were raised by lawyers for the 12 men.',
    'The views expressed by the minister were not shared by the court.',
    'Advertisements recruiting fighters were found on 12 websites, police said.',
    'Click-through rates fell, the company said, but 300 people still signed up.',
    "Read more about the plan in the ministry's report, officials said.",
    'Home to 60,000 people, the camp is run by Kurdish forces.',
    'Home Affairs Minister Jane Roe said 40 women had returned.',
    'Two hours ago the plane landed in Aktau with 30 women on board.',
    'Yesterday the court sentenced 12 men to seven years in prison.',
    'Sign language interpreters were brought in for the trial.',
    'Register offices in Aktau recorded 40 births in the camp.',
    'Search teams found 12 bodies, the ministry said.',
    'Latest figures show 300 people have returned, the ministry said.',
    'Popular anger grew after 12 men were released.',
    'Featured in the report were 40 women and their children.',
    'Photo evidence showed 40 women in the camp, the court heard.',
    'Getty Images photographer Jane Roe was among 12 journalists detained.',
    'Image: the ministry published a picture of 40 women at the airport, police said.',
    'Email messages between the 12 men were read out in court.',
    'Twitter users shared the video of the women at the airport, police said.',
    'Support for the plan has grown among families of the 300 men, a poll showed.',
    'Reply to the letter came after 12 days, the lawyer said.',
    'Menu prices at the camp doubled, aid workers said.',
    'Listen to the victims, the judge told 12 defendants.',
    'Handout payments to 40 families were stopped, officials said.',
    'Back to top of the agenda came the fate of 40 women, officials said.',
    'Donate blood, officials urged residents after 40 people were injured.',
    'Sponsored by the government, the programme has helped 300 people.',
    'Tags on the bags showed the 12 men had flown from Istanbul.',
    'Screenshots of the chat were shown to the court.',
    'Learn more about the plan, the minister told 300 students.',
    'Accept the deal, lawyers told the 12 men, or face 15 years.',
    'OK, the women said, and boarded the plane.',
    'Comment: the ministry did not reply to requests for comment.',
    '“Subscribe to our channel,” the recruiter told 12 young men, prosecutors said.',
    'Related to the case, 12 more men were detained.',
    'File photos of the camp show tents for about 2,000 people.',
    'Women wait at the camp gate, a relative said.',
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_an_article_sentence_that_shares_words_with_furniture_stays(sentence):
    art = clean(_page(sentence))
    assert sentence in art.paragraphs, [(r.rule, r.text) for r in art.removed]


def test_every_class_list_loads_with_known_match_values():
    from helpers.furniture import class_lists
    for name in class_lists():
        table = lexicon.table(name)
        assert set(table["match"]) <= {"line", "opens"}, name
        assert table["max_words"].str.isdecimal().all(), name


# --- furniture told by its shape -------------------------------------------------------------

def _removed_as(text: str, line: str) -> list[str]:
    return [r.rule for r in clean(text).removed if r.text.strip() == line]


@pytest.mark.parametrize("tail", [
    ["Britain's Secret Defence Plan With Israel"],
    ["Floods close the mountain road for a week", "Heat wave grips the south"],
    ["Ministers to meet on border crossings next month"],  # a related headline in sentence case
    ["Who are the returnees…"],
])
def test_labels_after_the_last_sentence_go(tail):
    text = _page() + "\n" + "\n\n".join(tail) + "\n"
    art = clean(text)
    assert art.paragraphs == [LEAD, CLOSE]
    for line in tail:
        assert _removed_as(text, line) == ["trailing_furniture"]


def test_a_last_paragraph_that_lost_its_full_stop_stays():
    last = "Furthermore, the two sisters left the country for Syria in late 2013, aged 16 and 19"
    text = "\n\n".join(["Officials meet in Astana", LEAD, CLOSE, last, "Tags: Syria"]) + "\n"
    assert clean(text).paragraphs[-1] == last


def test_a_line_in_another_latin_script_language_goes_on_an_english_page():
    line = "Prezidentin həlak olduğu hadisə münasibətlərə təsir edə bilərmi – Şəhər xəbərləri"
    art = clean(_page(line))
    assert art.paragraphs == [LEAD, CLOSE]
    assert _removed_as(_page(line), line) == ["other_language_interface"]


@pytest.mark.parametrize("sentence", [
    "Officials in Tetovo and Štip said 25 people were deported on Saturday.",
    "The café in Gračanica was closed after 12 men were arrested, police said.",
])
def test_an_english_sentence_naming_places_in_other_languages_stays(sentence):
    assert sentence in clean(_page(sentence)).paragraphs


@pytest.mark.parametrize("line", ["العربية", "Leb-military", "IMG_2041.jpg", "#Syria #Iraq",
                                  "Home / News / World", "You are here: Home > News"])
def test_labels_told_by_their_shape_go(line):
    assert clean(_page(line)).paragraphs == [LEAD, CLOSE]
    assert _removed_as(_page(line), line)


def test_a_label_glued_to_a_repeat_of_the_lead_goes_and_the_lead_stays():
    text = "\n\n".join(["Officials meet in Astana", LEAD, "Lebanese Army" + LEAD, CLOSE]) + "\n"
    art = clean(text)
    assert art.paragraphs == [LEAD, CLOSE]
    assert "duplicate_paragraph" in {r.rule for r in art.removed}


def test_an_author_box_takes_its_name_and_biography_but_not_the_next_sentence():
    text = _page("About the author", "Jane Roe",
                 "Jane Roe is a reporter who covers courts in Central Asia.")
    art = clean(text)
    assert art.paragraphs == [LEAD, CLOSE]
    text = _page("About the author", CLOSE.replace("Three", "Four"))
    assert CLOSE.replace("Three", "Four") in clean(text).paragraphs


def test_a_cookie_sentence_without_consent_words_stays_and_a_banner_goes():
    sentence = "The recruiters' site used cookies to track visitors from the camps, police said."
    banner = "Example News uses cookies to give you the best experience. Accept all or manage."
    assert sentence in clean(_page(sentence)).paragraphs
    assert _removed_as(_page(banner), banner) == ["cookie_notice"]


@pytest.mark.parametrize("line", ["Women wait at the camp gate. REUTERS/Jane Roe",
                                  "Women wait at the camp gate. Courtesy Example Agency",
                                  "Principal director of the Special Branch. (Bernama pic)"])
def test_captions_closed_by_a_credit_go(line):
    more = ["The plan covers 40 women and 90 children.", "It was signed on Tuesday."]
    art = clean(_page(line, *more))
    assert art.paragraphs == [LEAD, *more, CLOSE]


def test_a_malformed_class_list_names_its_file_and_row(word_lists):
    with open(word_lists / "furniture_adverts.csv", "a", encoding="utf-8") as f:
        f.write("buy now,advert,4,line,a comment, with a comma\n")
    with pytest.raises(lexicon.LexiconError, match="furniture_adverts.csv"):
        clean(_page("Buy now"))


# --- credits, media labels, tips, account, language and display tools ----------------------

SITE_TOOLS = (
    'Read the full article at example.com', 'Read more at Example News',
    'Read the original story here', 'With inputs from agencies', '(With inputs from PTI)',
    'With AFP', 'Additional reporting by Jane Roe', 'Compiled by Jane Roe',
    'Edited by Jane Roe', 'Editing by Jane Roe', 'Writing by Jane Roe; Editing by John Doe',
    'Sponsored links', 'Promoted stories', 'Around the web', 'From our partners',
    'Recommended by Outbrain', 'Ads by Taboola', 'WATCH: Floods close the mountain road',
    'VIDEO: Floods close the mountain road', 'Photo gallery', 'Video', 'Photos', 'Gallery',
    'Watch the video', 'Play video', '0:45', 'Duration 2:15', 'Image 1 of 5', 'Show caption',
    'Hide caption', 'Expand image', 'Open gallery', 'Send us your news tips',
    'Got a story? Contact us', 'Have a news tip? Email tips@example.com', 'Report a correction',
    'Submit a correction', 'Corrections? Contact us', 'Write to the editor',
    'Letters to the editor', 'Our journalism is free and independent',
    'This content is free to read', 'Share your thoughts',
    'Tell us what you think in the comments', 'Rate this article', 'Was this article helpful?',
    'Yes No', 'Listen to this article 3 min', 'Audio available', 'Translate',
    'Translate this page', 'Select language', 'English', 'Change language',
    'Edition: International', 'Switch to dark mode', 'Dark mode', 'Light mode', 'Font', 'Zoom',
    'Related Content', 'Also read', 'See more', 'More', 'Top of page', 'Page 1 of 2',
    '1 2 3 Next', 'Continue', 'Next page', 'Source link', 'Source', 'Original source',
    'Via Example News', 'H/T Example News', 'Hat tip: Example News', 'Image credit: Example',
    'Credits', 'Filed under World, Asia', 'Posted in World, Asia', 'Categories World',
    'Section: World', 'Copyright Example Media', 'Example Media ©', 'Example Media 2019',
    'Example News - All Rights Reserved', 'Terms | Privacy | Contact', 'Privacy | Terms',
    'About | Contact | Advertise', 'RSS', 'Feed', 'Sitemap', 'Newsletter sign-up', 'Apps',
    'Podcasts', 'E-paper', 'Epaper', 'Print edition', "Today's paper",
    'Sign in to your account', 'My account', 'Account', 'Log out', 'Profile', 'Notifications',
    'Turn on notifications', 'Enable notifications', 'Get notifications',
    'Get breaking news alerts', 'Breaking news alerts', 'Alerts',
)


@pytest.mark.parametrize("line", SITE_TOOLS)
def test_site_tools_credits_and_prompts_leave_the_body_and_are_logged(line):
    art = clean(_page(line))
    assert art.paragraphs == [LEAD, CLOSE]
    assert any(line in r.text or r.text in line for r in art.removed)


@pytest.mark.parametrize("sentence", [
    'With 40 women on board, the plane landed in Aktau.',
    'Compiled lists showed 12 more men had left.',
    'Video footage showed about 40 women leaving the camp, the ministry said.',
    'Translate the law into practice, the minister told 300 officials.',
    'Continue the talks, the families urged.',
    'Source: the interior ministry said 40 women had returned.',
    'Apps used by the recruiters were blocked, police said.',
    'Alerts were issued after 12 men escaped.',
    'Account holders among the 12 men were questioned.',
    'English lessons were given to 40 children in the camp.',
    'Credits from the bank were frozen for 12 men.',
    'Written by hand, the letters showed that 12 men had left.',
    'Edited footage by local activists showed 40 women, police said.',
    "With Turkey's help, 12 women were brought home.",
]
)
def test_sentences_that_open_like_a_site_tool_stay(sentence):
    assert sentence in clean(_page(sentence)).paragraphs


# --- classes met on the dev pages added in round 4 (lines written for this test) ---------------

ROUND4 = {
    'adblock_notice': ((
        'Adblock Detected', 'Ad blocker detected',
        'Please disable your ad blocker to keep reading.',
        'Disable your browser adblocker for a better experience',
        "It looks like you're using an ad blocker. Please whitelist our site.",
        "It's your right to block ads. Ads are how we pay our reporters.",
        "But it's also our right to protect the work of our newsroom.",
        "I've disabled my ad blocker. Take me back to the story!",
        'We noticed that you are using an ad blocker.',
    ), ('adblock_notice',)),
    'slogan': ((
        'STAY WITH EXAMPLE TV. THE REGION’S NO1 NEWS TV.', 'Stay with Example Radio',
        'Stay tuned to Example News for more updates.', 'Stay connected with Example Daily',
        'STAY WITH US. YOUR NEWS, EVERY HOUR.',
    ), ('appeal', 'social_follow', 'widget')),
    'doubled_label': ((
        'Google Maps Google Maps', 'Open in maps Open in maps',
        'Example News Awards 2019Example News Awards 2019', 'Watch the video Watch the video',
        'Monday, March 4, 2019Monday, March 4, 2019',
        'Mayor of the year awardMayor of the year award',
    ), ('repeated_label', 'widget')),
    'source_label': ((
        'Daily Mail:', 'The Example Times:', 'Example News Agency:', 'Jane Roe:', 'BBC:',
    ), ('source_label',)),
    'glued_breadcrumb': ((
        'HomeWorldFloods close the mountain road...', 'HomeNewsMiddle East',
        'HomeBusiness12 thousand people lose their homes...', 'HomePolitics',
        'Home World Middle East'.replace(' ', ''),
    ), ('navigation_menu',)),
    'more_link': ((
        'MORE: Floods close the mountain road', 'More: Six held after the border raid',
        'Keep Reading', 'Watch our videos:', 'See more videos', 'Read on',
    ), ('related_headlines', 'widget')),
    'credit_first_caption': ((
        'STOCK IMAGE/Jane Roe/Example Agency - PHOTO: Women wait at the camp gate in the rain.',
        'FILE/Jane Roe/Example Photos - PHOTO: The border post near the river, May 4, 2015.',
        'AFP/Getty Images - IMAGE: Rescuers search the rubble.',
        'Example Agency/Jane Roe - VIDEO: A boat leaves the harbour at dawn.',
        'Jane Roe/Example Wire – Photo: Families wait at the airport.',
    ), ('photo_caption', 'photo_credit')),
    'misspelt_advert': ((
        'Advertisment', '- Advertisment -', 'ADVERTISMENT', 'Advertisement -',
        'Advertisment Advertisment',
    ), ('advert',)),
}


@pytest.mark.parametrize(("cls", "line"), [(c, x) for c, (lines, _) in ROUND4.items()
                                           for x in lines])
def test_each_round4_class_leaves_the_body_and_is_logged(cls, line):
    art = clean(_page(line))
    assert art.paragraphs == [LEAD, CLOSE], [(r.rule, r.text) for r in art.removed]
    rules = {r.rule for r in art.removed if line.strip(' -') in r.text or r.text in line}
    assert rules and rules <= set(ROUND4[cls][1]), (line, rules)


def test_every_round4_class_has_several_phrasings():
    assert all(len(lines) >= 5 for lines, _ in ROUND4.values())


@pytest.mark.parametrize("sentence", [
    'Stay with the family, the doctor told the 12 women before they left.',
    'Homeland Security officials said 12 men had been detained at the border.',
    'Homes of 40 families were searched, police said.',
    'More than 40 women returned on Sunday, the ministry said.',
    'It is your right to remain silent, the judge told the 12 men.',
    'Police said: "Twelve men were arrested at the border on Sunday."',
    'He said 40 women had returned. He said 40 women had returned.',
    'Keep reading the ruling closely, the lawyer told the 12 defendants.',
    'Disable the phones, the officer told 30 recruits before the raid.',
    'Photo and video evidence showed 12 men at the gate, the court heard.',
    'The 12 men left in 2015 - photos of them were shown to the court.',
])
def test_round4_near_misses_stay(sentence):
    art = clean(_page(sentence))
    assert sentence in art.paragraphs, [(r.rule, r.text) for r in art.removed]


@pytest.mark.parametrize("tail", [
    ("Six held over the border blast, says Interior Ministry",),
    ("Army chief signs orders for 12 men", "Curfew lifted in the north, police say"),
])
def test_tail_headlines_closed_by_their_source_go(tail):
    art = clean(_page() + "\n" + "\n\n".join(tail) + "\n")
    assert art.paragraphs == [LEAD, CLOSE], [(r.rule, r.text) for r in art.removed]
    assert {r.rule for r in art.removed if r.text in tail} == {"trailing_furniture"}


def test_a_last_paragraph_closed_by_says_in_lower_case_stays():
    last = "The camp will close next year, says the minister"
    art = clean(_page() + "\n" + last + "\n")
    assert last in art.paragraphs


@pytest.mark.parametrize("notice", [
    ("Welcome Visitor", "It's your right to block ads. Ads pay for our reporting.",
     "I've disabled my ad blocker. Take me back to the story!"),
])
def test_an_ad_block_appeal_after_the_story_goes_with_its_greeting(notice):
    art = clean(_page() + "\n" + "\n\n".join(notice) + "\n")
    assert art.paragraphs == [LEAD, CLOSE], [(r.rule, r.text) for r in art.removed]


ROUND4_MORE = {
    'reporting_credit': ((
        '(Reporting by Jane Roe; Editing by John Smith)',
        'Reporting by Jane Roe in Beirut; Writing by John Smith; Editing by Mary Major',
        '(Writing by Jane Roe; Editing by John Smith)', 'Additional reporting by Jane Roe',
        '(Reporting by Jane Roe and John Smith)',
    ), ('reporting_credit',)),
    'wire_alone': ((
        'Reuters', '—Reuters', '(AFP)', '— AP', 'Agencies', 'Staff and agencies',
    ), ('wire_credit (moved to outlet)', 'source_credit', 'photo_credit')),
    'share_and_follow': ((
        'Click to share on Twitter (Opens in new window)', 'Click to email this to a friend',
        '(Opens in new window)', 'Tweet Share Pin Email', 'SHARES', 'Copied!',
        'Email article', 'Follow @examplenews', 'Get the latest news on WhatsApp',
    ), ('share_widget', 'social_follow', 'widget')),
    'summary_heading': ((
        'Story highlights', 'Key points', 'Highlights', 'In brief', 'At a glance',
    ), ('summary_label', 'related_headlines')),
    'media_and_reprints': ((
        'Latest Videos', 'Watch Live', 'Live TV', 'Related Internet Links', 'Recommended by',
        'Order Reprint', 'Reprints & Permissions', 'Send us your feedback',
        'Scroll down for video',
    ), ('related_headlines', 'site_tools', 'widget', 'advert')),
    'syndication_notice': ((
        '(This story has not been edited by Example News staff and is auto-generated from a'
        ' syndicated feed.)', 'Auto-generated from a syndicated feed',
        'Copyright: Example News', 'Copyright: Example Media Group',
        'This story has not been edited by Example Times staff.',
    ), ('legal_notice',)),
    'caption_label': ((
        'Image caption, Women wait at the camp gate', 'Media caption, The women spoke to us',
        'Featured image: Women wait at the camp gate.', 'Supplied', 'Photo supplied',
    ), ('photo_caption',)),
    'comment_prompt': ((
        'Please login to comment', 'Log in to comment', 'Have your say', 'Sign in to reply',
        'Register to post comments',
    ), ('comment_form', 'appeal')),
    'read_counter': ((
        'This news has been read 7997 times!', 'Read 1,204 times', 'Viewed 350 times',
        'Views: 1234', 'This article was read 12 times',
    ), ('counter',)),
    'read_time_seconds': ((
        'Read Time: 53 Second', 'Reading time: 45 seconds', 'Read time: 2 minutes',
        'Reading time: 3 min', 'Read Time: 30 Seconds',
    ), ('reading_time',)),
    'unsubscribed_appeal': ((
        'If you are not a subscriber, you can get instant, unlimited access here',
        "If you're not a member, join today", 'If you are already a subscriber, log in here',
        'If you are not yet registered, sign up for free', 'If you are not a subscriber',
    ), ('appeal',)),
}


@pytest.mark.parametrize(("cls", "line"), [(c, x) for c, (lines, _) in ROUND4_MORE.items()
                                           for x in lines])
def test_each_round4_phrasing_leaves_the_body_and_is_logged(cls, line):
    art = clean(_page(line))
    assert art.paragraphs == [LEAD, CLOSE], [(r.rule, r.text) for r in art.removed]
    rules = {r.rule for r in art.removed if line.strip(' -—') in r.text or r.text in line}
    assert rules and rules <= set(ROUND4_MORE[cls][1]), (line, rules)


def test_every_round4_list_has_several_phrasings():
    assert all(len(lines) >= 5 for lines, _ in ROUND4_MORE.values())


@pytest.mark.parametrize("sentence", [
    'Reporting by local media suggested that 12 men had returned.',
    'Editing by hand, the clerk changed the names of 12 defendants.',
    'Agencies said 40 women had been freed on Sunday.',
    'Reuters reported that 12 men were detained at the border.',
    'Share prices fell as 300 people were evacuated, officials said.',
    'Highlights of the report include 40 cases of abuse, the court heard.',
    'Summary executions of 12 men were reported, a rights group said.',
    'Viewed from the air, the camp holds about 60,000 people.',
    'If you are not a citizen, you cannot return, the minister told 12 women.',
    'Copyright lawyers for the 12 men filed a complaint on Monday.',
    'Supplied with water, the 40 women waited at the gate.',
    'Around the camp, 200 guards were posted, officials said.',
    'Watch live footage of the trial of the 12 men, the court said in a statement.',
])
def test_round4_more_near_misses_stay(sentence):
    art = clean(_page(sentence))
    assert sentence in art.paragraphs, [(r.rule, r.text) for r in art.removed]


def test_the_last_related_block_takes_headlines_between_blank_lines():
    block = ["Popular posts from this blog", "Floods, fires and storms hit the north",
             "Six held after the border raid"]
    art = clean(_page() + "\n" + "\n\n".join(block) + "\n")
    assert art.paragraphs == [LEAD, CLOSE], [(r.rule, r.text) for r in art.removed]


def test_a_sentence_below_the_last_related_marker_keeps_the_lines_there():
    text = _page("Related stories", "Floods hit the north", "The minister, however, said 12 men"
                 " had been released.")
    assert "The minister, however, said 12 men had been released." in clean(text).paragraphs


def test_a_video_list_after_the_story_goes_line_by_line():
    videos = ["Reuters", "00:28", "Floods close the mountain road", "Go to video",
              "Families wait for news of the missing", "01:02",
              "Death toll in the north rises to 16, says rights group", "1752 View"]
    art = clean(_page() + "\n" + "\n".join(videos) + "\n")
    assert art.paragraphs == [LEAD, CLOSE], [(r.rule, r.text) for r in art.removed]
    assert {r.rule for r in art.removed if r.text.startswith(("Floods", "Death"))} == {
        "video_list"}


def test_a_time_subhead_above_a_paragraph_of_sentences_keeps_the_paragraph():
    para = "Officials said 12 more men had been detained near the border on Sunday."
    art = clean(_page("10:30", para))
    assert para in art.paragraphs


ROUND4_PROBE = {
    'contact_lines': ((
        'Write to Jane Roe at jane.roe@example.com', 'Contact the author: jane.roe@example.com',
        'Email us at news@example.com', 'Tel: +961 1 234 567', 'Phone: (020) 7946 0000',
    ), ('author_bio', 'site_tools')),
    'feedback_and_thanks': ((
        'We want to hear from you.', 'Do you have a story to share? Email us.',
        'Report corrections or typos', 'Thank you for reading.', 'Thanks for reading!',
    ), ('feedback_prompt', 'appeal', 'comment_form')),
    'more_like_this': ((
        'Get more news like this, directly in your inbox.',
        'Want more stories like this? Sign up for our newsletter.',
        'Get more stories like this in your inbox every morning',
        'Want more reporting like this? Subscribe today.', 'Continue with Google',
    ), ('newsletter', 'appeal')),
    'print_notice': ((
        'A version of this article appears in print on March 5, 2019, Section A, Page 10.',
        'A version of this story appeared in print in the Sunday edition.',
        'This article appeared in print on page 4.',
        'This story appears in print in the weekend paper.',
        'A version of this article appeared in print.',
    ), ('legal_notice',)),
    'widget_labels': ((
        'Also in the news', 'Trending Topics', 'You May Like', 'Close ad', 'Ad Feedback',
        'Be first to comment', 'Bookmark this', 'A+', 'A-', 'Aa', 'Reset font size',
    ), ('related_headlines', 'advert', 'comment_form', 'print_controls', 'widget')),
}


@pytest.mark.parametrize(("cls", "line"), [(c, x) for c, (lines, _) in ROUND4_PROBE.items()
                                           for x in lines])
def test_each_probed_phrasing_leaves_the_body_and_is_logged(cls, line):
    art = clean(_page(line))
    assert art.paragraphs == [LEAD, CLOSE], [(r.rule, r.text) for r in art.removed]
    rules = {r.rule for r in art.removed if line in r.text or r.text in line}
    assert rules and rules <= set(ROUND4_PROBE[cls][1]), (line, rules)


@pytest.mark.parametrize("sentence", [
    'Thanks for reading the verdict aloud, the judge told the 12 men.',
    'We want to hear from you, the minister told families of the 40 women.',
    'Write to the ministry at once, lawyers told the families of 12 men.',
    'Reset the count, the officer told 12 recruits before the march.',
    'A version of the list seen by reporters names 40 women.',
    'Get more help to the 40 families, the charity urged the ministry.',
    'Do you have a plan for the 40 women, a lawyer asked the minister.',
])
def test_probed_near_misses_stay(sentence):
    art = clean(_page(sentence))
    assert sentence in art.paragraphs, [(r.rule, r.text) for r in art.removed]


TICKER = ("Police arrest two at airport |  Floods hit the north |  Court hears appeal of"
          " four |  Ministers meet on budget |  New bridge opens |")


@pytest.mark.parametrize("above", [("Latest News", TICKER), (TICKER,)])
def test_a_ticker_of_headlines_split_by_bars_is_no_title_and_leaves_the_body(above):
    art = clean("\n\n".join(["Example Region", *above, "Kazakhstan brings home 30 women from Syria",
                             "The women landed in Aktau on Sunday, the ministry said.",
                             "Officials said they would be checked first.\n"]))
    assert art.title == "Kazakhstan brings home 30 women from Syria"
    assert not any("Floods hit" in p for p in art.paragraphs)


@pytest.mark.parametrize("line", [
    "The ministry said: women | children | men | elders were all on the flight.",
    "Scores were 2 | 3 | 4, the referee said.",
    "Police said the four men | two women came home on Sunday. They were questioned.",
])
def test_an_article_line_with_bars_stays(line):
    art = clean("\n\n".join(["Kazakhstan brings home 30 women from Syria", line,
                             "Officials said they would be checked first.\n"]))
    assert any(line[:30] in p for p in art.paragraphs)


# round 5: classes found on the newer development pages, on lines written for this test
ROUND5 = [
    ('Hi, you can post a comment below to help us improve... thanks..', ('comment_form',)),
    ('Comments are posted by readers like you and are not the views of this paper.',
     ('comment_form',)),
    ('0min', ('reading_time',)), ('4min read', ('reading_time',)),
    ('Estimated read time: Less than a minute', ('reading_time',)),
    ('This archived news story is available only for your personal, non-commercial use. It may'
     ' be out of date.', ('legal_notice',)),
    ('Leer en español', ('site_tools',)), ('Read in English', ('site_tools',)),
    ('Lire en français', ('site_tools',)),
    ('>> A lire aussi : Les familles attendent le retour des enfants', ('related_headlines',)),
    ('Lesen Sie auch: Familien warten auf die Rückkehr', ('related_headlines',)),
    ('Still want to read the full version? Full article', ('related_headlines',)),
    ('Example Radio is your trusted resource for the news you need. Your gift makes a'
     ' difference.', ('appeal',)),
    ('Jane Roe for Example News File', ('photo_credit',)),
    ('Some women are pictured at the camp in the north of the country.', ('photo_caption',)),
]


@pytest.mark.parametrize(("line", "allowed"), ROUND5)
def test_round5_furniture_classes_leave_the_body_and_are_logged(line, allowed):
    art = clean(_page(line))
    assert art.paragraphs == [LEAD, CLOSE]
    rules = {r.rule for r in art.removed if line in r.text or r.text in line}
    assert rules and rules <= set(allowed), (line, rules)


ROUND5_NEAR_MISSES = [
    'You can post a letter to the ministry, officials told the 40 families.',
    'Comments are expected from the ministry on Monday, a spokesman said.',
    'The minister read in English a statement on the 40 women.',
    'He was pictured at the camp last year, police said.',
    'Jane Roe for the ministry said 40 women had come home.',
    'The radio is your trusted friend, the minister told 300 listeners.',
    'The men spent 30 minutes in the room before they were released.',
]


@pytest.mark.parametrize("sentence", ROUND5_NEAR_MISSES)
def test_round5_article_lines_that_share_words_with_furniture_stay(sentence):
    art = clean(_page(sentence))
    assert sentence in art.paragraphs, [(r.rule, r.text) for r in art.removed]


def test_a_title_case_headline_with_for_is_no_photo_credit():
    art = clean("Police Arrest Two Men for Links to Militants\n\n" + LEAD + "\n\n" + CLOSE + "\n")
    assert art.title == "Police Arrest Two Men for Links to Militants"


def test_a_caption_printed_twice_once_with_its_credit_leaves_the_body_both_times():
    caption = "Women wait at the gate of the camp in the north of the country."
    art = clean(_page(caption + "\n" + caption + " — J.ROE / AFP"))
    assert art.paragraphs == [LEAD, CLOSE]


def test_a_caption_opened_by_its_slash_credit_is_furniture_and_no_headline():
    from helpers.cleaning import clean
    lead = ("Berlin. The government brought several citizens home from the camps in the north-east,"
            " a spokesman said on Wednesday.")
    caption = "AP Photo/Jane Roe, File Women and children wait at the gate of a camp (1.5.2021)"
    art = clean(f"{caption}\n\n{lead}")
    assert art.title is None and caption not in " ".join(art.paragraphs)
    # near miss: a poll's name with a slash opening a sentence is article text
    sentence = "Reuters/Ipsos, a polling firm, found that 40 of 100 voters back the plan."
    art = clean(f"{lead}\n\n{sentence}")
    assert sentence in " ".join(art.paragraphs)
