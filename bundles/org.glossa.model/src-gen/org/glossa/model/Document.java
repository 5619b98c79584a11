/**
 */
package org.glossa.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document's index entry. Its text is stored once, in a file of its own, and never changes after import; it is transient here and loaded on demand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossa.model.Document#getId <em>Id</em>}</li>
 *   <li>{@link org.glossa.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.glossa.model.Document#getSource <em>Source</em>}</li>
 *   <li>{@link org.glossa.model.Document#getDate <em>Date</em>}</li>
 *   <li>{@link org.glossa.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.glossa.model.Document#getText <em>Text</em>}</li>
 *   <li>{@link org.glossa.model.Document#getTextLength <em>Text Length</em>}</li>
 *   <li>{@link org.glossa.model.Document#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.glossa.model.Document#getBodyBegin <em>Body Begin</em>}</li>
 *   <li>{@link org.glossa.model.Document#getBodyEnd <em>Body End</em>}</li>
 *   <li>{@link org.glossa.model.Document#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @see org.glossa.model.GlossaPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.glossa.model.GlossaPackage#getDocument_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.glossa.model.GlossaPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.glossa.model.GlossaPackage#getDocument_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Publication date as ISO-8601 (yyyy-MM-dd) when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.glossa.model.GlossaPackage#getDocument_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.glossa.model.GlossaPackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.glossa.model.GlossaPackage#getDocument_Text()
	 * @model transient="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Text Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Length</em>' attribute.
	 * @see #setTextLength(int)
	 * @see org.glossa.model.GlossaPackage#getDocument_TextLength()
	 * @model
	 * @generated
	 */
	int getTextLength();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getTextLength <em>Text Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Length</em>' attribute.
	 * @see #getTextLength()
	 * @generated
	 */
	void setTextLength(int value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the text encoded as UTF-8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.glossa.model.GlossaPackage#getDocument_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Body Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body Begin</em>' attribute.
	 * @see #setBodyBegin(int)
	 * @see org.glossa.model.GlossaPackage#getDocument_BodyBegin()
	 * @model
	 * @generated
	 */
	int getBodyBegin();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getBodyBegin <em>Body Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body Begin</em>' attribute.
	 * @see #getBodyBegin()
	 * @generated
	 */
	void setBodyBegin(int value);

	/**
	 * Returns the value of the '<em><b>Body End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body End</em>' attribute.
	 * @see #setBodyEnd(int)
	 * @see org.glossa.model.GlossaPackage#getDocument_BodyEnd()
	 * @model
	 * @generated
	 */
	int getBodyEnd();

	/**
	 * Sets the value of the '{@link org.glossa.model.Document#getBodyEnd <em>Body End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body End</em>' attribute.
	 * @see #getBodyEnd()
	 * @generated
	 */
	void setBodyEnd(int value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' map.
	 * @see org.glossa.model.GlossaPackage#getDocument_Metadata()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getMetadata();

} // Document
